package org.assetatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.assetatlas.service.Backups;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restore FILE BACKUP}: puts a backup back in place of the project, backing up the current state first. */
@Command(name = "restore", description = {"Put a backup back in place of a project.",
    "The project as it is now is backed up first (\"before restore\"), so a restore can be undone the same way.",
    "BACKUP is a file from backup --list, or just its name in the project's backups folder.",
    "Close the project in the app first."})
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Parameters(index = "1", paramLabel = "BACKUP", description = "the backup to restore")
    Path backup;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path b = backup;
        if (!Files.exists(b) && b.getParent() == null) {
            b = Backups.folder(file).resolve(b);
        }
        if (!Files.isRegularFile(b)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "There is no backup " + backup
                    + " (see backup " + file + " --list)");
        }
        Optional<Backups.Backup> before = Backups.restore(file, b);
        out.println("Restored " + file.getFileName() + " from " + b.getFileName() + ".");
        before.ifPresent(k -> out.println("The state it replaced is backed up as " + k.file().getFileName() + "."));
        return 0;
    }
}
