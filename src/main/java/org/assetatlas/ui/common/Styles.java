package org.assetatlas.ui.common;

/** CSS style class names used by the views, kept in one place so code and {@code atlas.css} agree. */
public final class Styles {

    /** The app's stylesheet, relative to this class. */
    public static final String STYLESHEET = "/org/assetatlas/ui/atlas.css";

    public static final String APP = "atlas-app";
    public static final String FILTER_BAR = "filter-bar";
    public static final String READ_ONLY_BANNER = "read-only-banner";
    public static final String SEARCH_FIELD = "search-field";
    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_COUNTS = "status-counts";
    public static final String STATUS_SELECTION = "status-selection";
    public static final String STATUS_MESSAGE = "status-message";
    public static final String PRIMARY = "primary";
    public static final String DANGER = "danger";
    public static final String SUBTLE = "subtle";
    public static final String PLACEHOLDER = "placeholder-pane";
    public static final String PLACEHOLDER_TITLE = "placeholder-title";

    public static final String MAP_VIEW = "map-view";
    public static final String MAP_LEGEND = "map-legend";
    public static final String MAP_LEGEND_TITLE = "map-legend-title";
    public static final String MAP_ATTRIBUTION = "map-attribution";
    public static final String MAP_NOTE = "map-note";
    public static final String MAP_TOOLTIP = "map-tooltip";
    public static final String MAP_BUTTONS = "map-buttons";
    public static final String MAP_SCALE = "map-scale";

    public static final String ASSET_TABLE = "asset-table";
    public static final String SWATCH = "swatch";
    public static final String NOT_ACTIVE = "not-active";
    public static final String STALE = "stale";

    public static final String EDITOR = "asset-editor";
    public static final String EDITOR_HEADER = "editor-header";
    public static final String EDITOR_HEADING = "editor-heading";
    public static final String EDITOR_BADGE = "editor-badge";
    public static final String EDITOR_FOOTER = "editor-footer";
    public static final String FORM = "form";
    public static final String FORM_SCROLL = "form-scroll";
    public static final String FIELD_LABEL = "field-label";
    public static final String FIELD_HINT = "field-hint";
    public static final String FIELD_ERROR = "field-error";
    public static final String INVALID = "invalid";
    public static final String TAB_ERROR = "tab-error";
    public static final String SECTION_HEADING = "section-heading";
    public static final String PROBLEM_SUMMARY = "problem-summary";

    public static final String DIALOG_LIST = "dialog-list";
    public static final String SHORTCUT_KEY = "shortcut-key";

    private Styles() {
    }
}
