package org.assetatlas;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assetatlas.cli.AtlasCli;

/**
 * Starts Community Asset Atlas: with no arguments (or just a project file) it opens the app; with a subcommand it
 * works headless.
 *
 * <p>Deliberately not a JavaFX {@code Application}, so that {@code java -jar} and jpackage can start it with JavaFX
 * on the class path, and the command line never loads JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // libraries that log through the Log4j API (POI, PDFBox, geopackage-java's dependencies) use its simple
        // logger, errors only, rather than printing that no provider was found on every command
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (args.length == 0) {
            org.assetatlas.ui.AtlasApp.launchApp(null);
            return;
        }
        if (args.length == 1 && args[0].endsWith(".atlas") && Files.isRegularFile(Path.of(args[0]))) {
            org.assetatlas.ui.AtlasApp.launchApp(Path.of(args[0]));
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(AtlasCli.run(args, out, err));
    }
}
