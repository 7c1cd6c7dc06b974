package org.assetatlas.report;

/**
 * Apache POI and PDFBox (through Commons Logging) log with the Log4j API; with no Log4j implementation on the class
 * path the API prints an error at first use. Choosing Log4j's simple logger (errors only) before they load keeps the
 * console clean.
 */
final class LibraryLogging {

    private static final String FACTORY = "log4j2.loggerContextFactory";

    private LibraryLogging() {
    }

    static void quiet() {
        if (System.getProperty(FACTORY) == null) {
            System.setProperty(FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }
}
