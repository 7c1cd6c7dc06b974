package org.assetatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.assetatlas.analysis.PersonalDetails;
import org.assetatlas.model.Asset;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.ReviewQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code review FILE}: the assets due to be checked — something noted to check, never verified, or not for the
 * review period — with why; and the outcome of checking one (verified, paused, closed), or the list for a mail
 * merge asking groups to check their entries.
 */
@Command(name = "review", description = {"The assets due to be checked, and why; mark one checked, paused or closed.",
    "Due: something noted to check (e.g. a malformed e-mail kept from an import), never verified, or not verified "
            + "for the review period (12 months unless set with --set-months)."})
final class ReviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Option(names = "--older-than", paramLabel = "N[m]", description = "due when not verified for N months "
            + "(e.g. 6 or 6m; default: the project's review period)")
    String olderThan;

    @Option(names = "--set-months", paramLabel = "N", description = "set the project's review period to N months")
    Integer setMonths;

    @Option(names = "--verify", paramLabel = "ID", description = "mark the asset with this id checked today")
    String verify;

    @Option(names = "--pause", paramLabel = "ID", description = "mark the asset paused, checked today")
    String pause;

    @Option(names = "--close", paramLabel = "ID", description = "mark the asset closed, checked today")
    String close;

    @Option(names = "--check-list", paramLabel = "OUT.csv", description = "write the 'please check your entry' list "
            + "for a mail merge (contacts and what to check)")
    Path checkList;

    @Option(names = "--include-personal", description = "include individuals in --check-list (left out by default)")
    boolean includePersonal;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (AtlasProject p = AtlasProject.open(file)) {
            ReviewQueue q = p.review();
            if (setMonths != null) {
                q.setMonths(setMonths);
                out.println("Review period set to " + setMonths + " months.");
            }
            String[] act = {verify, pause, close};
            String[] done = {"checked", "paused", "closed"};
            for (int i = 0; i < act.length; i++) {
                if (act[i] != null) {
                    String id = act[i];
                    Asset a = p.assets().byUid(id).orElseThrow(() -> new IllegalArgumentException(
                            "No asset has the id \"" + id + "\""));
                    Asset saved = i == 0 ? q.verify(a.id()) : i == 1 ? q.pause(a.id()) : q.close(a.id());
                    out.println("Marked \u201c" + saved.name() + "\u201d " + done[i] + " on " + saved.lastVerified()
                            + ".");
                    return 0;
                }
            }
            if (checkList != null) {
                PersonalDetails.Individuals who = PersonalDetails.Individuals.included(includePersonal);
                PersonalDetails.Release r = q.writeCheckList(checkList, who);
                out.println("Wrote " + r.assets().size() + (r.assets().size() == 1 ? " entry" : " entries")
                        + " to check to " + checkList + ".");
                if (r.individualsLeftOut() > 0) {
                    out.println(r.individualsLeftOut() + (r.individualsLeftOut() == 1 ? " individual" : " individuals")
                            + " left out to protect their personal details; use --include-personal to include them.");
                }
                return 0;
            }
            int months = olderThan == null ? q.months() : months(olderThan);
            List<ReviewQueue.Item> due = q.due(months);
            for (ReviewQueue.Item item : due) {
                out.println(item.asset().uid() + "  " + item.asset().name() + " \u2014 " + String.join("; ",
                        item.reasons()));
            }
            out.println(due.size() + (due.size() == 1 ? " asset is" : " assets are") + " due to be checked (review"
                    + " period " + months + " months).");
            return 0;
        }
    }

    private static int months(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.endsWith("m")) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            int m = Integer.parseInt(t);
            if (m >= 1 && m <= 120) {
                return m;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException("--older-than takes a number of months from 1 to 120, e.g. 12m");
    }
}
