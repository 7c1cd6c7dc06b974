package org.assetatlas.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * The command line run in this process, as the tests run it: exit code, standard output and standard error.
 *
 * @param code the exit code
 * @param out  what it printed
 * @param err  what it printed as errors
 */
public record CliRun(int code, String out, String err) {

    /** Runs {@code asset-atlas ARGS…}. */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtlasCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The lines printed. */
    public List<String> lines() {
        return out.lines().toList();
    }
}
