package org.assetatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.History;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code history FILE}: who changed what and when — the whole project's newest changes, one asset's, or the assets
 * deleted — and {@code --restore N} to put back the version a change left (or an asset deleted).
 */
@Command(name = "history", description = {"Who changed what in a project, and when; restore an earlier version.",
    "Each line starts with the change's number, for --restore. Imports and other changes to many records are listed "
            + "as one line each.",
    "A resident's voice is listed by what was done to it, never by its words."})
final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Option(names = "--asset", paramLabel = "ID|NAME", description = "only this asset: its id (uid) or exact name")
    String asset;

    @Option(names = "--deleted", description = "list the assets deleted, to bring back with --restore")
    boolean deleted;

    @Option(names = "--limit", paramLabel = "N", description = "at most N changes (default ${DEFAULT-VALUE})",
            defaultValue = "50")
    int limit;

    @Option(names = "--restore", paramLabel = "N", description = "put back the asset as change N left it (as it was "
            + "just before, for a deletion); itself recorded, and undoable in the app")
    Long restore;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1");
        }
        try (AtlasProject p = AtlasProject.open(file)) {
            if (restore != null) {
                Asset back = p.history().restoreAsset(restore);
                out.println("Restored \u201c" + back.name() + "\u201d (" + back.uid() + ") as change " + restore
                        + " left it.");
                return 0;
            }
            List<History.Change> changes;
            if (deleted) {
                changes = p.history().deletedAssets(limit);
            } else if (asset != null) {
                changes = p.history().ofAsset(find(p, asset));
            } else {
                changes = p.history().recent(limit);
            }
            if (changes.isEmpty()) {
                out.println(deleted ? "No assets have been deleted." : "No changes recorded.");
            }
            for (History.Change c : changes.subList(0, Math.min(limit, changes.size()))) {
                out.println(c.id() + "  " + c.summary());
            }
            return 0;
        }
    }

    /** The row id of the asset with this uid or name, in the project or among those deleted. */
    private static long find(AtlasProject p, String idOrName) {
        String wanted = idOrName.strip();
        return p.assets().byUid(wanted).or(() -> p.assets().find(AssetQuery.all()).stream()
                .filter(a -> a.name().equalsIgnoreCase(wanted)).findFirst())
                .or(() -> p.history().deletedAssets(Integer.MAX_VALUE).stream()
                        .flatMap(c -> p.history().assetVersion(c.id()).stream())
                        .filter(a -> wanted.equals(a.uid()) || a.name().equalsIgnoreCase(wanted)).findFirst())
                .map(Asset::id)
                .orElseThrow(() -> new IllegalArgumentException("No asset has the id or name \"" + idOrName + "\""));
    }
}
