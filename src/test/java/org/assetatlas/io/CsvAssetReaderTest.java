package org.assetatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.assetatlas.io.CsvAssetReader.RejectedRow;
import org.assetatlas.io.CsvAssetReader.Summary;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetKind;
import org.assetatlas.model.CostBand;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.util.CancelledException;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvAssetReaderTest {

    /** A stand-in for the grid converter: easy to predict, and inside the UK for the values used here. */
    private static final BiFunction<Double, Double, GeoPoint> GRID =
            (e, n) -> new GeoPoint(49 + n / 100_000.0, -8 + e / 100_000.0);

    @TempDir
    Path dir;

    private final List<Asset> accepted = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();

    @Test
    void readsHeaderVariantsIgnoringCase() throws IOException {
        read("Asset Name,LAT,Lng,E-mail,Post Code,Type,ABCD Category,Live Well Domain\n"
                + "Lexden Hall,51.889,0.871,hall@example.org,co3 4ab,Venue,Physical,age well;START-WELL\n");

        Asset a = single();
        assertEquals("Lexden Hall", a.name());
        assertEquals(new GeoPoint(51.889, 0.871), a.location());
        assertEquals("hall@example.org", a.email());
        assertEquals("CO3 4AB", a.postcode());
        assertEquals(AssetKind.VENUE, a.kind());
        assertEquals(AbcdCategory.PHYSICAL, a.category());
        assertEquals(List.of("Age Well", "Start Well"), a.domains());
    }

    @Test
    void prefersTheExactColumnNameOverAVariant() throws IOException {
        Summary s = read("Title,Name,Colour\nThe title,The name,red\n");

        assertEquals("The name", single().name());
        assertEquals(List.of("Title", "Colour"), s.unknownColumns());
    }

    @Test
    void leavesBuilderDefaultsForEmptyValues() throws IOException {
        read("id,name,kind,category,cost,referral,status,location,opening_hours,illustrative\n"
                + ",Plain,,,,,,,,\n");

        assertTrue(Asset.builder().name("Plain").build().sameContent(single()));
    }

    @Test
    void readsAreaAsChosenByHand() throws IOException {
        read("name,area\nHall,Old Heath\n");

        assertEquals("Old Heath", single().areaCode());
        assertTrue(single().areaChosen());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void decodesEachEncoding(String description, byte[] bytes, Charset expected) throws IOException {
        Summary s = read(bytes);

        assertEquals(expected, s.charset());
        assertEquals("Café", single().name());
        assertEquals("£5 a session", single().costNote());
    }

    static Stream<Arguments> encodings() {
        String text = "name,cost_note\r\nCafé,£5 a session\r\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        byte[] cp1252 = text.getBytes(Charset.forName("windows-1252"));
        assertEquals((byte) 0xE9, cp1252[19]);
        return Stream.of(
                Arguments.of("UTF-8 with BOM", bom, StandardCharsets.UTF_8),
                Arguments.of("UTF-8 without BOM", utf8, StandardCharsets.UTF_8),
                Arguments.of("Windows-1252", cp1252, TextEncoding.WINDOWS_1252));
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        read("name,description,address\n"
                + "\"Smith, Jones & Co\",\"She said \"\"come along\"\"\nevery Tuesday\",\"1 High St,\r\nColchester\"\n");

        Asset a = single();
        assertEquals("Smith, Jones & Co", a.name());
        assertEquals("She said \"come along\"\nevery Tuesday", a.description());
        assertEquals("1 High St,\r\nColchester", a.address());
    }

    @ParameterizedTest(name = "line ends {0}")
    @ValueSource(strings = {"LF", "CRLF", "CR"})
    void numbersRejectsByPhysicalLineAfterMultiLineFields(String ending) throws IOException {
        String eol = switch (ending) {
            case "LF" -> "\n";
            case "CRLF" -> "\r\n";
            default -> "\r";
        };
        read(String.join(eol,
                "name,description,postcode",                         // 1
                "Good,\"three" + eol + "line" + eol + "text\",CO1 1JB", // 2-4
                ",no name,NOT A POSTCODE",                           // 5
                "",                                                  // 6
                ",,",                                                // 7
                ",\"no name," + eol + "two",                          // 8-9
                "lines\",XX",                                         // 10
                "Good too,,") + eol);

        assertEquals(2, accepted.size());
        assertEquals(List.of(5L, 8L), rejected.stream().map(RejectedRow::line).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void rejectsRowWithReason(String description, Map<String, String> row, String reason) throws IOException {
        StringBuilder text = new StringBuilder(String.join(",", row.keySet())).append('\n');
        text.append(String.join(",", row.values().stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").toList()));
        text.append('\n');

        Summary s = read(text.toString());

        assertEquals(0, s.accepted());
        assertEquals(1, s.rejected());
        RejectedRow r = rejected.get(0);
        assertEquals(2, r.line());
        assertTrue(r.reason().contains(reason), () -> "Reason was: " + r.reason());
        assertEquals(row, r.values());
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                bad("no name", "Name is required", "name", "", "postcode", "CO1 1JB"),
                bad("latitude not a number", "Latitude \"fifty-one\" is not a number",
                        "name", "Hall", "lat", "fifty-one", "lon", "0.9"),
                bad("latitude without longitude", "Latitude 51.9 is given without a longitude",
                        "name", "Hall", "lat", "51.9", "lon", ""),
                bad("longitude without latitude", "Longitude 0.9 is given without a latitude",
                        "name", "Hall", "lat", "", "lon", "0.9"),
                bad("outside the UK", "Location 40.70000, -74.00000 is outside the UK",
                        "name", "Hall", "latitude", "40.7", "longitude", "-74.0"),
                bad("latitude and longitude swapped", "are latitude and longitude swapped?",
                        "name", "Hall", "latitude", "0.9", "longitude", "51.9"),
                bad("not on Earth", "are not coordinates on Earth",
                        "name", "Hall", "latitude", "151.9", "longitude", "0.9"),
                bad("easting not a number", "Easting \"612k\" is not a number",
                        "name", "Hall", "easting", "612k", "northing", "225678"),
                bad("several problems", "Name is required",
                        "name", "", "kind", "club"));
    }

    /**
     * A row with a field that cannot be taken as written is still an asset: it is kept, the field as written where it
     * can be, and the reason noted on the asset to be checked (issue 14: lenient rows).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("keptRows")
    void keepsRowWithAFieldToCheck(String description, Map<String, String> row, String reason) throws IOException {
        StringBuilder text = new StringBuilder(String.join(",", row.keySet())).append('\n');
        text.append(String.join(",", row.values().stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").toList()));
        text.append('\n');

        Summary s = read(text.toString());

        assertEquals(1, s.accepted(), () -> rejected.toString());
        assertEquals(0, s.rejected());
        Asset a = single();
        assertEquals("Hall", a.name());
        assertTrue(a.needsChecking().contains(reason), () -> "Note was: " + a.needsChecking());
    }

    static Stream<Arguments> keptRows() {
        return Stream.of(
                bad("unknown domain", "Unknown domain \"Sleep Well\" (the framework has: Start Well, Stay Well, "
                        + "Feel Well, Be Well, Age Well, Die Well)", "name", "Hall", "domains", "Age Well;Sleep Well"),
                bad("malformed postcode", "\"CO1 XYZ\" is not a UK postcode", "name", "Hall", "postcode", "CO1 XYZ"),
                bad("unknown kind", "Unknown kind \"club\"", "name", "Hall", "kind", "club"),
                bad("unknown category", "Unknown category \"sporty\"", "name", "Hall", "category", "sporty"),
                bad("unknown cost", "Unknown cost \"cheap\"",
                        "name", "Hall", "cost", "cheap"),
                bad("unknown referral", "Unknown referral route \"GP\"",
                        "name", "Hall", "referral", "GP"),
                bad("unknown status", "Unknown status \"open\"",
                        "name", "Hall", "status", "open"),
                bad("unknown accessibility feature", "Unknown accessibility feature \"lift\"",
                        "name", "Hall", "accessibility", "Parking;lift"),
                bad("bad opening hours", "Cannot tell am from pm in \"9-5\" in \"Mon 9-5\"",
                        "name", "Hall", "opening_hours", "Mon 9-5"),
                bad("bad date", "Last verified \"14th Sept\" is not a date", "name", "Hall", "last_verified", "14th Sept"),
                bad("impossible date", "Last verified \"31/02/2026\" is not a date",
                        "name", "Hall", "last_verified", "31/02/2026"),
                bad("bad timestamp", "Created \"yesterday\" is not a timestamp", "name", "Hall", "created", "yesterday"),
                bad("age not whole", "Minimum age \"5.5\" is not a whole number of years", "name", "Hall", "age_min", "5.5"),
                bad("ages reversed", "Maximum age is below the minimum age", "name", "Hall", "age_min", "18", "age_max", "5"),
                bad("bad illustrative", "Illustrative \"maybe\" is not yes or no", "name", "Hall", "illustrative", "maybe"),
                bad("bad email", "\"hall at example\" is not an e-mail address", "name", "Hall", "email", "hall at example"),
                bad("bad phone", "\"call us\" is not a phone number", "name", "Hall", "phone", "call us"));
    }

    private static Arguments bad(String description, String reason, String... columnsAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return Arguments.of(description, row, reason);
    }

    @Test
    void joinsEveryProblemOfARowAndEveryNoteOfAKeptOne() throws IOException {
        read("name,kind,postcode,lat,lon\n,club,XX,,\nHall,club,XX,51.9,\n,,,,\nShed,club,XX,,\n");

        assertEquals("Name is required; Latitude 51.9 is given without a longitude", rejected.get(0).reason()
                + "; " + rejected.get(1).reason());
        assertEquals(1, accepted.size());
        Asset shed = accepted.get(0);
        assertEquals("Unknown kind \"club\", so the default was used (allowed: group, venue, service, individual, "
                + "place, business, event, organisation, online)\n\"XX\" is not a UK postcode (e.g. CO1 1JB)",
                shed.needsChecking());
        assertEquals("XX", shed.postcode(), "kept as written");
    }

    @Test
    void locatesByEastingAndNorthingThroughTheConverter() throws IOException {
        read("name,easting,northing\nHall,612345,225678\n");

        assertEquals(new GeoPoint(49 + 2.25678, -8 + 6.12345), single().location());
    }

    @Test
    void prefersLatitudeAndLongitudeOverEastingAndNorthing() throws IOException {
        read("name,latitude,longitude,easting,northing\nHall,51.9,0.9,612345,225678\n");

        assertEquals(new GeoPoint(51.9, 0.9), single().location());
    }

    @Test
    void rejectsEastingAndNorthingWithoutAConverter() throws IOException {
        new CsvAssetReader(Framework.liveWell(), null)
                .read(csv("name,easting,northing\nHall,612345,225678\n"), accepted::add, rejected::add, Progress.NONE);

        assertTrue(accepted.isEmpty());
        assertTrue(rejected.get(0).reason().startsWith("Easting and northing cannot be read here"),
                rejected.get(0).reason());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"yes,true", "no,false", "TRUE,true", "false,false", "1,true", "0,false", "Y,true", "n,false",
            "'',false"})
    void readsIllustrativeFlag(String text, boolean expected) throws IOException {
        read("name,illustrative\nHall," + text + "\n");

        assertEquals(expected, single().illustrative());
    }

    @Test
    void readsListsAndChoices() throws IOException {
        read("name,tags,languages,accessibility,cost,age_min,age_max,last_verified,verified\n"
                + "Hall,food; social ;,English;Polish,step free;BSL;Large Print,Low cost,5,+11,14/09/2026,\n");

        Asset a = single();
        assertEquals(List.of("food", "social"), a.tags());
        assertEquals(List.of("English", "Polish"), a.languages());
        assertEquals(EnumSet.of(AccessFeature.STEP_FREE, AccessFeature.BSL, AccessFeature.LARGE_PRINT),
                a.accessibility());
        assertEquals(CostBand.LOW_COST, a.cost());
        assertEquals(5, a.ageMin());
        assertEquals(11, a.ageMax());
        assertEquals(LocalDate.of(2026, 9, 14), a.lastVerified());
    }

    @Test
    void skipsBlankLinesAndEmptyRows() throws IOException {
        Summary s = read("\n\nname,postcode\n\n,\n  ,  \nHall,\n\n");

        assertEquals(1, s.accepted());
        assertEquals(0, s.rejected());
    }

    @Test
    void listsUnknownColumns() throws IOException {
        Summary s = read("name,Colour,lat,Latitude,lng,  \nHall,red,51.9,51.8,0.9,\n");

        assertEquals(List.of("Colour", "lat"), s.unknownColumns());
        assertEquals(51.8, single().location().lat());
    }

    @Test
    void rejectsRowWithMoreValuesThanColumns() throws IOException {
        read("name,description\nHall,one,two\nGym,fine,\n");

        assertEquals(1, accepted.size());
        assertTrue(rejected.get(0).reason().startsWith("The row has 3 values but the header has only 2 columns"));
    }

    @Test
    void refusesFileWithoutNameColumn() throws IOException {
        AssetImportException e = assertThrows(AssetImportException.class,
                () -> read("Title Text,Postcode,Lat\nHall,CO1 1JB,51.9\n"));

        assertEquals("No 'name' column: the file's columns are Title Text, Postcode, Lat", e.getMessage());
    }

    @Test
    void refusesEmptyFile() {
        AssetImportException e = assertThrows(AssetImportException.class, () -> read("\n\n"));

        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void refusesFileWithAnUnclosedQuote() {
        AssetImportException e = assertThrows(AssetImportException.class,
                () -> read("name,description\nHall,fine\nGym,\"never closed\nStill going\n"));

        assertTrue(e.getMessage().startsWith("The file is not valid CSV after line 2"), e.getMessage());
    }

    @Test
    void stopsWhenCancelled() throws IOException {
        Path file = manyRows(2500);
        Progress cancelAtFirstReport = new Progress() {
            private boolean reported;

            @Override
            public void update(long done, long total, String message) {
                reported = true;
            }

            @Override
            public boolean cancelled() {
                return reported;
            }
        };
        CsvAssetReader reader = new CsvAssetReader(Framework.liveWell(), GRID);

        assertThrows(CancelledException.class, () -> reader.read(file, accepted::add, rejected::add, cancelAtFirstReport));
        assertEquals(999, accepted.size());
    }

    @Test
    void reportsProgressInBytesOfTheFile() throws IOException {
        Path file = manyRows(3000);
        List<long[]> reports = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                reports.add(new long[] {done, total});
                messages.add(message);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        new CsvAssetReader(Framework.liveWell(), GRID).read(file, accepted::add, rejected::add, recording);

        long size = Files.size(file);
        assertTrue(messages.contains("Reading row 2000"), messages.toString());
        assertTrue(reports.stream().allMatch(r -> r[1] == size && r[0] <= size));
        assertEquals(size, reports.get(reports.size() - 1)[0]);
    }

    @Test
    void readsAHundredThousandRowsTwiceWithTheSameReader() throws IOException {
        // Speed is the benchmark's business (bench: CSV import); this checks a large file is read whole, twice.
        Path file = manyRows(100_000);
        CsvAssetReader reader = new CsvAssetReader(Framework.liveWell(), GRID);
        assertEquals(100_000, reader.read(file, a -> { }, r -> { }, Progress.NONE).accepted());

        java.util.concurrent.atomic.AtomicLong rejected = new java.util.concurrent.atomic.AtomicLong();
        Summary s = reader.read(file, a -> { }, r -> rejected.incrementAndGet(), Progress.NONE);

        assertEquals(100_000, s.accepted());
        assertEquals(0, rejected.get());
    }

    @Test
    void givesNoUidForAnEmptyId() throws IOException {
        read("id,name\n,Hall\nabc-1,Gym\n");

        assertNull(accepted.get(0).uid());
        assertEquals("abc-1", accepted.get(1).uid());
        assertFalse(accepted.get(0).areaChosen());
    }

    private Path manyRows(int rows) throws IOException {
        StringBuilder b = new StringBuilder("id,name,kind,domains,postcode,latitude,longitude,opening_hours,email\n");
        for (int i = 0; i < rows; i++) {
            b.append("a-").append(i).append(",Group ").append(i).append(",group,Age Well;Feel Well,CO1 1JB,51.")
                    .append(i % 1000).append(",0.9,Mon-Fri 09:00-17:00,g").append(i).append("@example.org\n");
        }
        return csv(b.toString());
    }

    @Test
    void readsAUtf16FileAsExcelsUnicodeTextSavesIt() throws IOException {
        String text = "\uFEFFname,category,cost_note\nCaf\u00e9 Ami\u00e9,associations,\u00a32 a session\n";
        read(text.getBytes(StandardCharsets.UTF_16LE));
        Asset a = single();
        assertEquals("Caf\u00e9 Ami\u00e9", a.name());
    }

    private Asset single() {
        assertEquals(List.of(), rejected.stream().map(RejectedRow::reason).toList());
        assertEquals(1, accepted.size());
        return accepted.get(0);
    }

    private Summary read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private Summary read(byte[] bytes) throws IOException {
        Path file = dir.resolve("assets.csv");
        Files.write(file, bytes);
        return new CsvAssetReader(Framework.liveWell(), GRID).read(file, accepted::add, rejected::add, Progress.NONE);
    }

    private Path csv(String text) throws IOException {
        Path file = dir.resolve("assets.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
