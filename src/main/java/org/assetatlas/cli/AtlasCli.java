package org.assetatlas.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code asset-atlas} command: subcommands that work on a project file with no display.
 *
 * <p>Errors end the command with a non-zero exit code and a one-line reason on standard error; usage mistakes exit
 * with 2, everything else with 1.
 */
@Command(name = "asset-atlas", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Community Asset Atlas: map community assets, barriers and enablers.",
            "Run with no arguments to open the app; with a subcommand to work headless."},
        subcommands = {NewCommand.class, DemoCommand.class, AreasCommand.class, ImportCommand.class, ExportCommand.class,
            ListCommand.class, StatsCommand.class, FactorsCommand.class, GenerateCommand.class, BenchCommand.class,
            SearchCommand.class, PostcodesCommand.class, LocateCommand.class, ReportCommand.class, MapCommand.class,
            ImportStatsCommand.class, DomainsCommand.class, ReferenceCommand.class, BackupCommand.class,
            RestoreCommand.class, HistoryCommand.class, ReviewCommand.class, DedupeCommand.class,
            CommandLine.HelpCommand.class})
public final class AtlasCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = TerminalText.printable(rawOut);
        PrintWriter err = TerminalText.printable(rawErr);
        CommandLine cl = new CommandLine(new AtlasCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable t = ex;
            while (t.getMessage() == null && t.getCause() != null) {
                t = t.getCause();
            }
            String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            commandLine.getErr().println("asset-atlas: " + msg.lines().findFirst().orElse(msg));
            commandLine.getErr().flush();
            return 1;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
