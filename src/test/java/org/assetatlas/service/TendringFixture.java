package org.assetatlas.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.assetatlas.geo.GeoJsonFeatures;
import org.assetatlas.geo.GeoJsonFeatures.Feature;
import org.assetatlas.model.AreaLevel;
import org.assetatlas.model.EvidenceSource;
import org.assetatlas.model.EvidenceType;
import org.assetatlas.model.Factor;
import org.assetatlas.model.FactorKind;
import org.assetatlas.model.FactorThemes;
import org.assetatlas.model.Framework;
import org.assetatlas.model.Voice;
import org.assetatlas.model.VoiceConsent;
import org.assetatlas.util.Progress;

/**
 * A second place beside the Colchester demo: Tendring, set up from scratch as a partnership would — its district,
 * MSOAs and LSOAs with no parent codes (the area tree finds them from the boundaries), its real libraries and GP
 * practices imported from a spreadsheet, and barriers and enablers recorded at different levels. Built only through
 * the project's public paths. Data: {@code src/test/resources/tendring/README.md}.
 */
public final class TendringFixture {

    public static final String DISTRICT = "E07000076";
    /** Clacton Library's LSOA, where the fixture records an illustrative barrier. */
    public static final String CLACTON_LIBRARY = "lib-S100605";
    public static final String LSOA_BARRIER = "Evening buses from Clacton stop before 7 pm (illustrative)";
    public static final String DISTRICT_ENABLER = "A district-wide community transport scheme takes people to"
            + " groups (illustrative)";
    public static final String WHOLE_PROJECT_BARRIER = "People do not know what groups exist (illustrative)";
    /** A resident's words, recorded for Clacton Library's LSOA, linked to the district enabler; may be published. */
    public static final String CLACTON_QUOTE = "The community car got me to the lunch club in Clacton every week.";

    private TendringFixture() {
    }

    /** Builds the Tendring project in a new file; the caller closes it. */
    public static AtlasProject build(Path file) throws IOException {
        AtlasProject p = AtlasProject.create(file, "Tendring", Framework.liveWell());
        try {
            // the way a partnership sets up its own areas: one boundary file per level
            AreaSetup setup = p.areaSetup();
            setup.importBoundaries(features("tendring_lad_dissolved_from_lsoa2011.geojson"), AreaLevel.DISTRICT,
                    "LAD_CD", "LAD_NM", "District outline dissolved from LSOA 2011 boundaries", Progress.NONE);
            setup.importBoundaries(features("tendring_msoa2011_bgc.geojson"), AreaLevel.MSOA, "MSOA11CD",
                    "MSOA11NM", "MSOA 2011", Progress.NONE);
            setup.importBoundaries(features("tendring_lsoa2011_bgc.geojson"), AreaLevel.LSOA, "LSOA11CD",
                    "LSOA11NM", "LSOA 2011", Progress.NONE);
            Path csv = Files.createTempFile("tendring-assets", ".csv");
            try (InputStream in = resource("tendring-assets.csv")) {
                Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
                ImportReport r = p.transfer().importCsv(csv, Progress.NONE);
                if (r.rejected() > 0) {
                    throw new IOException("Tendring fixture rows rejected: " + r.rejects());
                }
            } finally {
                Files.deleteIfExists(csv);
            }
            String clactonLsoa = null;
            for (String code : p.areaTree().places(p.assets().byUid(CLACTON_LIBRARY).orElseThrow().location(), null,
                    false)) {
                if (p.areaTree().area(code).orElseThrow().level() == AreaLevel.LSOA) {
                    clactonLsoa = code;
                }
            }
            EvidenceSource survey = new EvidenceSource(0, EvidenceType.SURVEY, "Tendring travel survey (illustrative)",
                    "", "", null, 120, true);
            p.factors().record(new Factor(0, FactorKind.BARRIER, FactorThemes.TRANSPORT, LSOA_BARRIER,
                    List.of("Age Well"), List.of(clactonLsoa), List.of(), 3, List.of(), true), List.of(survey));
            Factor enabler = p.factors().record(new Factor(0, FactorKind.ENABLER, FactorThemes.TRANSPORT,
                    DISTRICT_ENABLER, List.of("Age Well", "Stay Well"), List.of(DISTRICT), List.of(), 2, List.of(),
                    true), List.of());
            p.voices().recordVoice(new Voice(0, CLACTON_QUOTE, "older resident, Clacton", "", VoiceConsent.PUBLISH,
                    List.of(enabler.id()), List.of("Age Well"), List.of(clactonLsoa), 0, null, true));
            p.factors().record(new Factor(0, FactorKind.BARRIER, "Awareness and information", WHOLE_PROJECT_BARRIER,
                    List.of("Age Well"), List.of(), List.of(), 1, List.of(), true), List.of());
            return p;
        } catch (IOException | RuntimeException e) {
            p.close();
            throw e;
        }
    }

    private static List<Feature> features(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return GeoJsonFeatures.read(in);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = TendringFixture.class.getResourceAsStream("/tendring/" + name);
        if (in == null) {
            throw new IOException("Missing test resource tendring/" + name);
        }
        return in;
    }
}
