/**
 * Use cases over an open project: the one API the user interface and the command line call. Plain Java; long
 * operations report through {@link org.assetatlas.util.Progress} and can be cancelled.
 */
package org.assetatlas.service;
