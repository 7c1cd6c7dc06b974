package org.assetatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.Duplicates;
import org.assetatlas.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dedupe FILE}: lists pairs of assets that look like one asset recorded twice, with the reason. */
@Command(name = "dedupe", description = {"List assets that look like one asset recorded twice, with the reason.",
    "One pair a line, tab-separated: id, name, id, name, reason. Changes nothing."})
final class DedupeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Option(names = "--limit", paramLabel = "N", description = "list at most N pairs (default: all)")
    int limit;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (AtlasProject p = AtlasProject.open(file)) {
            List<Duplicates.Candidate> pairs = p.duplicates().find(Progress.NONE);
            int shown = limit > 0 ? Math.min(limit, pairs.size()) : pairs.size();
            for (Duplicates.Candidate c : pairs.subList(0, shown)) {
                out.println(c.first().id() + "\t" + cell(c.first().name()) + "\t" + c.second().id()
                        + "\t" + cell(c.second().name()) + "\t" + c.reason());
            }
            out.println(pairs.size() + (pairs.size() == 1 ? " possible duplicate pair" : " possible duplicate pairs")
                    + " in " + p.assets().count() + " assets" + (shown < pairs.size() ? " (" + shown + " listed)" : ""));
        }
        return 0;
    }

    /** A name as one column: the tabs and line breaks a name may hold would start another. */
    private static String cell(String name) {
        return name.replaceAll("[\\t\\r\\n]+", " ");
    }
}
