/**
 * The desktop user interface (JavaFX and ControlsFX): the main window, the map control, the asset table and the
 * asset editor.
 *
 * <p>Each screen is a view (builds and binds controls) with a view model (state as read-only properties, commands,
 * validation; never sees a control), after JabRef. View models reach the user only through {@link
 * org.assetatlas.ui.common.DialogService} and run long work through {@link org.assetatlas.ui.common.UiTasks}, so they can be
 * tested without a window. Everything else the app does goes through {@link org.assetatlas.service.AtlasProject};
 * this is the only package that imports {@code javafx.*}.
 */
package org.assetatlas.ui;
