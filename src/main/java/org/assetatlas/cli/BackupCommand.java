package org.assetatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.Backups;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code backup FILE [--list] [--keep N --days D]}: takes a backup now, lists them, or sets how many are kept. */
@Command(name = "backup", description = {"Back up a project now, list its backups, or set how many are kept.",
    "Backups are kept in the folder \"NAME backups\" beside the project; one is also taken before every import,",
    "domain change, boundary or reference-data load and bulk edit, and once a day of use. See restore."})
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Option(names = "--list", description = "list the backups, newest first, instead of taking one")
    boolean list;

    @Option(names = "--keep", paramLabel = "N", description = "always keep the newest N backups (default "
            + Backups.DEFAULT_KEEP + ")")
    Integer keep;

    @Option(names = "--days", paramLabel = "D", description = "besides, keep the last backup of each of the last D "
            + "days (default " + Backups.DEFAULT_DAYS + ")")
    Integer days;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list && (keep != null || days != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--list cannot be used with --keep or --days");
        }
        try (AtlasProject p = AtlasProject.open(file)) {
            Backups b = p.backups();
            if (list) {
                List<Backups.Backup> all = b.list();
                for (Backups.Backup k : all) {
                    out.println(k.file().getFileName() + "\t" + k.describe());
                }
                out.println(all.size() + (all.size() == 1 ? " backup" : " backups") + " in " + b.folder()
                        + "; keeping the newest " + b.keep() + " and the last of each of " + b.days() + " days");
                return 0;
            }
            if (keep != null || days != null) {
                int k = keep == null ? b.keep() : keep;
                int d = days == null ? b.days() : days;
                if (k < 1 || d < 0) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--keep must be at least 1 and --days 0 or more");
                }
                b.setRetention(k, d);
                out.println("Keeping the newest " + k + " backups and the last of each of " + d + " days.");
                return 0;
            }
            Backups.Backup taken = b.take("by hand");
            out.println("Backed up to " + taken.file() + " (" + taken.describe() + ")");
        }
        return 0;
    }
}
