package org.assetatlas.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Area;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.report.ReportContent.Baseline;
import org.assetatlas.report.ReportRequest;
import org.assetatlas.store.ProjectStore;
import org.assetatlas.store.ReportRepository.SnapshotCount;

/**
 * The counts a report compares with: those of another project file when the request names one, else those of the
 * project's latest snapshot. Part of {@link ReportService}.
 */
final class ReportBaselines {

    private final ReportService reports;
    private final ProjectStore store;
    private final Object lock;

    ReportBaselines(ReportService reports, ProjectStore store, Object lock) {
        this.reports = reports;
        this.store = store;
        this.lock = lock;
    }

    /** What a report compares its counts with: another project file, else the latest snapshot; null for none. */
    Baseline baseline(ReportRequest req, String domain, Area area) throws IOException {
        if (req.compareWith() != null) {
            Path other = req.compareWith();
            if (!Files.isRegularFile(other)) {
                throw new IOException("The project to compare with does not exist: " + other);
            }
            try (AtlasProject old = AtlasProject.open(other)) {
                long n = old.assets().find(new AssetQuery(null, domain, area == null ? null : area.code(), null, null, 0))
                        .size();
                LocalDate when = LocalDate.ofInstant(Files.getLastModifiedTime(other).toInstant(),
                        ZoneId.systemDefault());
                return new Baseline("the project file " + other.getFileName() + " (saved " + when + ")", when, n);
            }
        }
        Optional<ReportService.Snapshot> latest = reports.snapshots().stream().findFirst();
        if (latest.isEmpty()) {
            return null;
        }
        ReportService.Snapshot s = latest.get();
        long n = snapshotTotal(s.id(), domain, area);
        LocalDate when = LocalDate.ofInstant(s.taken(), ZoneId.systemDefault());
        String label = "the snapshot of " + when.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                Locale.UK)) + (s.label().isBlank() ? "" : " (" + s.label() + ")");
        return new Baseline(label, when, n);
    }

    private List<SnapshotCount> matching(long id, String domain, Area area) {
        List<SnapshotCount> rows;
        synchronized (lock) {
            rows = store.reports().snapshotCounts(id);
        }
        String d = domain == null ? "" : domain;
        return rows.stream().filter(r -> r.domain().equalsIgnoreCase(d))
                .filter(r -> r.areaCode().equals(area == null ? "" : area.code())).toList();
    }

    private long snapshotTotal(long id, String domain, Area area) {
        return matching(id, domain, area).stream().mapToLong(SnapshotCount::count).sum();
    }

    /** The baseline's counts by category, for the same domain and area. */
    Map<AbcdCategory, Long> categories(ReportRequest req, String domain, Area area) throws IOException {
        Map<AbcdCategory, Long> out = new EnumMap<>(AbcdCategory.class);
        if (req.compareWith() != null) {
            try (AtlasProject old = AtlasProject.open(req.compareWith())) {
                for (Asset a : old.assets().find(new AssetQuery(null, domain, area == null ? null : area.code(), null, null,
                        0))) {
                    out.merge(a.category(), 1L, Long::sum);
                }
            }
            return out;
        }
        Optional<ReportService.Snapshot> latest = reports.snapshots().stream().findFirst();
        if (latest.isPresent()) {
            for (SnapshotCount c : matching(latest.get().id(), domain, area)) {
                AbcdCategory cat = org.assetatlas.model.Labelled.parse(AbcdCategory.class, c.category());
                if (cat != null) {
                    out.merge(cat, c.count(), Long::sum);
                }
            }
        }
        return out;
    }
}
