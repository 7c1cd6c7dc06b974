package org.assetatlas.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.Indicator;
import org.assetatlas.util.PrivateFiles;
import org.assetatlas.util.Progress;

/**
 * The area statistics shipped with the demo project: the English Indices of Deprivation 2019 (MHCLG), Index of
 * Multiple Deprivation decile and rank for each of Colchester's 2011 LSOAs, imported through the same path as a
 * user's file ({@link AreaStatistics#importIndicator}).
 */
public final class DemoIndicators {

    /** Key of the IMD 2019 decile indicator (1 = most deprived 10% of LSOAs in England). */
    public static final String IMD_DECILE = "imd2019-decile";
    /** Key of the IMD 2019 rank indicator (1 = most deprived of 32,844 LSOAs in England). */
    public static final String IMD_RANK = "imd2019-rank";

    static final String SOURCE = "English Indices of Deprivation 2019, File 1 (Ministry of Housing, Communities and"
            + " Local Government, 2019)";
    static final String LICENCE = "English Indices of Deprivation 2019, Ministry of Housing, Communities and Local"
            + " Government (OGL v3.0)";
    private static final String FILE = "/demo/data/reference/iod2019_file1_imd_colchester_tendring.csv";

    private DemoIndicators() {
    }

    /** Imports the IMD 2019 decile and rank into a project that has the demo's 2011 LSOAs. */
    public static void addTo(AtlasProject project) throws IOException {
        Path csv = PrivateFiles.temporaryFile("iod2019-file1", ".csv");
        try {
            try (InputStream in = DemoIndicators.class.getResourceAsStream(FILE)) {
                if (in == null) {
                    throw new IOException("The demo file " + FILE + " is missing from this build of the app");
                }
                Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
            }
            AreaStatistics stats = project.statistics();
            stats.importIndicator(csv, new Indicator(IMD_DECILE, "IMD 2019 decile", SOURCE, LICENCE, AreaLevel.LSOA,
                    "2011", "decile", false, Indicator.IMD_DECILES, Instant.now()), null,
                    "Index of Multiple Deprivation (IMD) Decile", Progress.NONE);
            stats.importIndicator(csv, new Indicator(IMD_RANK, "IMD 2019 rank", SOURCE, LICENCE, AreaLevel.LSOA,
                    "2011", "rank of 32,844 (1 = most deprived)", false, "", Instant.now()), null,
                    "Index of Multiple Deprivation (IMD) Rank", Progress.NONE);
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
