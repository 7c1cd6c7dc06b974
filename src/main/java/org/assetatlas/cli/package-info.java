/** The headless command line: thin picocli commands over the service layer. */
package org.assetatlas.cli;
