package org.assetatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.assetatlas.model.Domain;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.DomainEditing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code domains FILE list | add NAME | rename OLD NEW | merge FROM INTO | retire NAME | restore NAME | move NAME
 * --to N}: the project's own framework of domains. Each change prints what it will do, then what it did.
 */
@Command(name = "domains", description = {"List or edit the project's domains without losing what is tagged with them.",
    "  list                      the domains in order, with what is tagged with each",
    "  add NAME [--description D] add a domain at the end",
    "  rename OLD NEW            rename a domain; everything tagged with it follows",
    "  merge FROM INTO           tag everything tagged FROM with INTO instead, and drop FROM",
    "  retire NAME               stop offering a domain for tagging; what has it keeps it",
    "  restore NAME              offer a retired domain again",
    "  move NAME --to N          move a domain to position N (1 is first)"})
final class DomainsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Parameters(index = "1", paramLabel = "ACTION", description = "list, add, rename, merge, retire, restore or move")
    String action;

    @Parameters(index = "2..*", paramLabel = "NAME", arity = "0..2", description = "the domain name(s)")
    List<String> names = List.of();

    @Option(names = "--description", paramLabel = "D", description = "a one-line description for add")
    String description;

    @Option(names = "--to", paramLabel = "N", description = "the new position for move, 1 being first")
    Integer to;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AtlasProject p = AtlasProject.open(file)) {
            DomainEditing d = p.domains();
            switch (action.toLowerCase(java.util.Locale.ROOT)) {
                case "list" -> {
                    need(0);
                    int i = 1;
                    for (Domain x : d.domains()) {
                        DomainEditing.Use u = d.use(x.name());
                        out.printf("%d. %s%s: %d assets, %d barriers and enablers, %d voices%n", i++, x.name(),
                                x.retired() ? " (retired)" : "", u.assets(), u.factors(), u.voices());
                    }
                }
                case "add" -> {
                    need(1);
                    out.println(d.previewAdd(names.get(0)).text());
                    out.println("Added " + d.add(names.get(0), description).name() + ".");
                }
                case "rename" -> {
                    need(2);
                    out.println(d.previewRename(names.get(0), names.get(1)).text());
                    d.rename(names.get(0), names.get(1));
                    out.println("Renamed " + names.get(0) + " to " + names.get(1).strip() + ".");
                }
                case "merge" -> {
                    need(2);
                    out.println(d.previewMerge(names.get(0), names.get(1)).text());
                    d.merge(names.get(0), names.get(1));
                    out.println("Merged " + names.get(0) + " into " + names.get(1) + ".");
                }
                case "retire" -> {
                    need(1);
                    out.println(d.previewRetire(names.get(0)).text());
                    d.retire(names.get(0));
                    out.println("Retired " + names.get(0) + ".");
                }
                case "restore" -> {
                    need(1);
                    out.println(d.previewRestore(names.get(0)).text());
                    d.restore(names.get(0));
                    out.println("Restored " + names.get(0) + ".");
                }
                case "move" -> {
                    need(1);
                    if (to == null) {
                        throw new IllegalArgumentException("Say where to move it with --to N (1 is first).");
                    }
                    out.println(d.previewMove(names.get(0), to).text());
                    d.move(names.get(0), to);
                    out.println("Moved " + names.get(0) + " to position " + to + ".");
                }
                default -> throw new IllegalArgumentException("Unknown action \u201c" + action
                        + "\u201d; use list, add, rename, merge, retire, restore or move.");
            }
        }
        return 0;
    }

    private void need(int n) {
        if (names.size() != n) {
            throw new IllegalArgumentException(action + " takes " + (n == 0 ? "no names" : n == 1 ? "one name"
                    : "two names") + "; see domains --help.");
        }
    }
}
