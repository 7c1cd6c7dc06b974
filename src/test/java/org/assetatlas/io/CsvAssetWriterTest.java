package org.assetatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.assetatlas.io.CsvAssetReader.RejectedRow;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetKind;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.CostBand;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.ReferralRoute;
import org.assetatlas.model.WeeklySchedule;
import org.assetatlas.util.CancelledException;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvAssetWriterTest {

    private static final String HEADER = "id,name,description,kind,category,domains,area,tags,organisation,address,"
            + "postcode,latitude,longitude,location_source,phone,email,website,opening_hours,opening_note,cost,cost_note,"
            + "accessibility,age_min,age_max,languages,referral,status,capacity_note,last_verified,verified_by,"
            + "source,illustrative,needs_checking,created,updated";

    @TempDir
    Path dir;

    /** An asset with every field set, no location and an area chosen by hand. */
    static Asset rich() {
        return Asset.builder()
                .uid("lexden-lunch")
                .name("Lexden Lunch Club")
                .description("Hot lunch, \"home-made\"\nevery week; all welcome at the café — £3")
                .kind(AssetKind.SERVICE)
                .category(AbcdCategory.ECONOMIC)
                .domains(List.of("Age Well", "Feel Well"))
                .areaCode("E05010828")
                .areaChosen(true)
                .tags(List.of("food", "social"))
                .organisation("Lexden Community Association")
                .address("1 High Street,\nLexden")
                .postcode("CO3 4AB")
                .phone("01206 123456")
                .email("lunch@example.org")
                .website("https://example.org/lunch")
                .openingHours(WeeklySchedule.parse("Mon-Fri 12:00-14:00; Sat 10:00-12:00,22:00-02:00"))
                .openingNote("Term time only")
                .cost(CostBand.LOW_COST)
                .costNote("£3 a meal")
                .accessibility(EnumSet.of(AccessFeature.STEP_FREE, AccessFeature.HEARING_LOOP,
                        AccessFeature.LEARNING_DISABILITY_FRIENDLY, AccessFeature.LARGE_PRINT))
                .ageMin(60)
                .ageMax(99)
                .languages(List.of("English", "Polish"))
                .referral(ReferralRoute.EITHER)
                .status(AssetStatus.PAUSED)
                .capacityNote("Waiting list")
                .lastVerified(LocalDate.of(2026, 9, 14))
                .verifiedBy("J. Smith")
                .source("Community survey 2026")
                .illustrative(true)
                .created(Instant.parse("2026-01-02T03:04:05.123456Z"))
                .updated(Instant.parse("2026-09-14T10:15:30Z"))
                .build();
    }

    static List<Asset> assets() {
        return List.of(
                rich(),
                Asset.builder().uid("hall").name("Old Heath Hall")
                        .location(new GeoPoint(51.870123456789012, 0.912345678901234)).build(),
                Asset.builder().uid("shore").name("Shore walk").kind(AssetKind.PLACE)
                        .location(new GeoPoint(50.1, -0.00001)).build(),
                Asset.builder().name("No uid").build());
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        Path file = dir.resolve("export.csv");
        new CsvAssetWriter().write(assets(), file, Progress.NONE);

        List<Asset> back = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        new CsvAssetReader(Framework.liveWell(), null).read(file, back::add, rejected::add, Progress.NONE);

        assertEquals(List.of(), rejected);
        assertEquals(assets().size(), back.size());
        for (int i = 0; i < back.size(); i++) {
            assertTrue(assets().get(i).sameContent(back.get(i)), "asset " + i + ": " + back.get(i));
            assertEquals(assets().get(i).created(), back.get(i).created());
            assertEquals(assets().get(i).updated(), back.get(i).updated());
        }
    }

    @Test
    void writesCanonicalHeaderInUtf8WithoutByteOrderMark() throws IOException {
        Path file = dir.resolve("export.csv");
        new CsvAssetWriter().write(List.of(rich()), file, Progress.NONE);

        byte[] bytes = Files.readAllBytes(file);
        assertEquals('i', bytes[0]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(HEADER + "\r\n"), text);
        assertTrue(text.contains("£3 a meal"));
    }

    @Test
    void writesCodesListsAndPlainCoordinates() throws IOException {
        String text = write(List.of(rich(), assets().get(2)));

        assertTrue(text.contains(",service,economic,Age Well;Feel Well,E05010828,food;social,"), text);
        assertTrue(text.contains(",low cost,£3 a meal,step-free;hearing loop;learning disability friendly;large print,"
                + "60,99,English;Polish,either,paused,"), text);
        assertTrue(text.contains(",50.1,-0.00001,"), text);
        assertTrue(text.contains(",yes,,2026-01-02T03:04:05.123456Z,2026-09-14T10:15:30Z"), text);
    }

    @Test
    void leavesAreaEmptyWhenItFollowsFromTheLocation() throws IOException {
        Asset derived = Asset.builder().name("Hall").areaCode("E05010828").areaChosen(false)
                .location(new GeoPoint(51.9, 0.9)).build();

        String row = write(List.of(derived)).split("\r\n")[1];

        assertEquals(",Hall,,group,associations,,,,,,,51.9,0.9,,,,,,,unknown,,,,,,self,active,,,,,no,,,", row);
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, "old contents");

        new CsvAssetWriter().write(List.of(rich()), file, Progress.NONE);

        assertTrue(Files.readString(file).startsWith(HEADER));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void leavesTheTargetUntouchedWhenCancelled() throws IOException {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, "old contents");
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };

        assertThrows(CancelledException.class,
                () -> new CsvAssetWriter().write(Collections.nCopies(2000, rich()), file, cancelled));

        assertEquals("old contents", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {51.5, 50.0, 0.1, -0.0001, 1.0E-7, 51.123456789012345, -8.765432109876543, -0.0, 0.0})
    void writesDegreesThatParseBackExactly(double value) {
        String text = CsvAssetWriter.degrees(value);

        assertEquals(Double.valueOf(value), Double.valueOf(Double.parseDouble(text)));
        assertTrue(text.indexOf('E') < 0, text);
    }

    private static String write(List<Asset> assets) throws IOException {
        StringWriter out = new StringWriter();
        new CsvAssetWriter().write(assets, out, Progress.NONE);
        return out.toString();
    }

    @Test
    void writesAndReadsBackALocationFromThePostcode() throws IOException {
        Asset byPostcode = Asset.builder().name("Hall").postcode("CO15 1SF").location(new GeoPoint(51.79, 1.15))
                .locationSource(org.assetatlas.model.LocationSource.POSTCODE).build();

        String text = write(List.of(byPostcode));

        assertTrue(text.split("\r\n")[1].contains(",CO15 1SF,51.79,1.15,postcode,"), text);
        List<Asset> back = new java.util.ArrayList<>();
        Path file = dir.resolve("postcode.csv");
        Files.writeString(file, text);
        new CsvAssetReader(org.assetatlas.model.Framework.liveWell(), null).read(file, back::add, r -> {
            throw new AssertionError(r.reason());
        }, Progress.NONE);
        assertEquals(1, back.size());
        assertTrue(back.get(0).locatedByPostcode());
        assertTrue(byPostcode.sameContent(back.get(0)));
    }
}
