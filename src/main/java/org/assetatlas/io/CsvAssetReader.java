package org.assetatlas.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetKind;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.AssetValidator;
import org.assetatlas.model.CostBand;
import org.assetatlas.model.Domain;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.Labelled;
import org.assetatlas.model.Postcodes;
import org.assetatlas.model.ReferralRoute;
import org.assetatlas.model.WeeklySchedule;
import org.assetatlas.util.Progress;

/**
 * Reads assets from a CSV file in the format of {@code docs/csv-format.md}, streaming: each row becomes an accepted
 * {@link Asset} or a {@link RejectedRow} with the reasons, handed to a callback as soon as it is read.
 *
 * <p>The file is RFC 4180 CSV with a header row, in UTF-8 (with or without a byte-order mark) or Windows-1252 (see
 * {@link TextEncoding}). Fields may be quoted and hold commas, doubled quotes and line breaks; values are trimmed;
 * blank lines and rows whose every value is empty are skipped. Header names match case-insensitively, ignoring
 * spaces, {@code _}, {@code -} and {@code .}, and common variants ({@code "Asset Name"}, {@code "Lng"},
 * {@code "E-mail"}) are accepted; columns the format does not know are ignored and listed in the {@link Summary}.
 *
 * <p>A file without a {@code name} column, or one that is not valid CSV (e.g. a quote left open), is refused as a
 * whole with an {@link AssetImportException}. Rows that came before such a fault have already been passed to the
 * callbacks, so a caller that wants all or nothing should collect them and commit only on success.
 *
 * <p>Empty values leave the {@link Asset.Builder} defaults. An empty {@code id} leaves the asset without a uid, for
 * the store to assign. Domains are respelt as the framework spells them; postcodes are normalised
 * ({@code co11jb} → {@code CO1 1JB}). A location comes from latitude and longitude, or, when both are empty, from
 * easting and northing through the British National Grid converter given to the constructor. Besides ISO dates,
 * {@code last_verified} accepts {@code 14/09/2026}, the form a spreadsheet on UK settings saves them in.
 * {@code illustrative} accepts yes/no, y/n, true/false and 1/0. Every built asset is also checked with
 * {@link AssetValidator}.
 *
 * <p>An instance holds no state between reads and may be shared between threads.
 */
public final class CsvAssetReader {

    /**
     * A row that could not be imported.
     *
     * @param line   the physical line of the file on which the row starts (the header is usually line 1)
     * @param reason why, for the user: every problem found in the row, separated by {@code "; "}
     * @param values the row's values keyed by the file's header names, in header order
     */
    public record RejectedRow(long line, String reason, Map<String, String> values) {
        public RejectedRow {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /**
     * What a read did.
     *
     * @param accepted       rows turned into assets
     * @param rejected       rows rejected
     * @param unknownColumns header names that were ignored: not a column of the format, or a second column for the
     *                       same field
     * @param charset        the file's detected encoding
     */
    public record Summary(long accepted, long rejected, List<String> unknownColumns, Charset charset) {
        public Summary {
            unknownColumns = List.copyOf(unknownColumns);
        }
    }

    private static final int REPORT_EVERY = 1000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setTrim(true)
            // Blank lines are skipped here rather than by the parser, so that every record's line number stays exact.
            .setIgnoreEmptyLines(false)
            .build();

    /** The form spreadsheets on UK settings give ISO dates when they save a file again. */
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Distinct opening-hours texts remembered per read; real files repeat a handful of them. */
    private static final int SCHEDULES_REMEMBERED = 10_000;

    private static final Choices<AssetKind> KINDS = new Choices<>(AssetKind.class, "kind");
    private static final Choices<AbcdCategory> CATEGORIES = new Choices<>(AbcdCategory.class, "category");
    private static final Choices<CostBand> COSTS = new Choices<>(CostBand.class, "cost");
    private static final Choices<ReferralRoute> REFERRALS = new Choices<>(ReferralRoute.class, "referral route");
    private static final Choices<AssetStatus> STATUSES = new Choices<>(AssetStatus.class, "status");
    private static final Choices<AccessFeature> FEATURES = new Choices<>(AccessFeature.class, "accessibility feature");

    private final BiFunction<Double, Double, GeoPoint> bngToWgs84;
    private final AssetValidator validator;
    /** The framework's domain names keyed by {@link Labelled#squash}, as {@link Framework#find} matches them. */
    private final Map<String, String> domainNames = new HashMap<>();

    /**
     * @param framework  the project's domains, which the {@code domains} column must name
     * @param bngToWgs84 converts British National Grid (easting, northing) in metres to WGS84; null when none is
     *                   available, and then rows that locate assets by easting and northing are rejected
     */
    public CsvAssetReader(Framework framework, BiFunction<Double, Double, GeoPoint> bngToWgs84) {
        Objects.requireNonNull(framework, "framework");
        this.bngToWgs84 = bngToWgs84;
        this.validator = new AssetValidator(framework);
        for (Domain d : framework.domains()) {
            domainNames.put(Labelled.squash(d.name()), d.name());
        }
    }

    /**
     * Reads the file, passing each accepted asset and each rejected row to the callbacks in file order.
     *
     * <p>The consumer of accepted assets may throw {@link RowRejectedException} to refuse a row after all; it is
     * then reported as rejected like any other.
     *
     * <p>Reports progress in bytes of the file every thousand rows and checks for cancellation as often.
     *
     * @throws AssetImportException when the file is empty, has no {@code name} column or is not valid CSV
     * @throws org.assetatlas.util.CancelledException when {@code progress} asks to stop
     */
    public Summary read(Path file, Consumer<Asset> accepted, Consumer<RejectedRow> rejected, Progress progress)
            throws IOException {
        progress.checkCancelled();
        Charset charset = TextEncoding.detect(file);
        long size = Files.size(file);
        progress.update(0, size, "Reading " + file.getFileName());
        long acceptedCount = 0;
        long rejectedCount = 0;
        long rows = 0;
        long lineAfterPrevious = 0;
        Header header = null;
        Map<String, WeeklySchedule> schedules = new HashMap<>();
        try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
             Reader reader = TextEncoding.open(counted, charset);
             CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, lineAfterPrevious)) {
                CSVRecord record = records.next();
                // The parser has just consumed this record's closing line break and nothing more.
                long line = lineAfterPrevious + 1;
                lineAfterPrevious = parser.getCurrentLineNumber();
                if (isBlank(record)) {
                    continue;
                }
                if (header == null) {
                    header = new Header(record);
                    continue;
                }
                rows++;
                if (rows % REPORT_EVERY == 0) {
                    progress.checkCancelled();
                    progress.update(Math.min(counted.count(), size), size, "Reading row " + rows);
                }
                Row row = new Row(header, record);
                Asset asset = convert(row, schedules);
                if (asset != null) {
                    try {
                        accepted.accept(asset);
                        acceptedCount++;
                    } catch (RowRejectedException e) {
                        rejectedCount++;
                        rejected.accept(new RejectedRow(line, e.getMessage(), header.values(record)));
                    }
                } else {
                    rejectedCount++;
                    rejected.accept(new RejectedRow(line, row.reason(), header.values(record)));
                }
            }
        }
        if (header == null) {
            throw new AssetImportException("The file is empty: it has no header row");
        }
        progress.update(size, size, "Read " + rows + " rows");
        return new Summary(acceptedCount, rejectedCount, header.unknown, charset);
    }

    private static boolean hasNext(Iterator<CSVRecord> records, long lineAfterPrevious) throws AssetImportException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new AssetImportException("The file is not valid CSV after line " + lineAfterPrevious + ": "
                    + cause.getMessage(), e);
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (!record.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The asset the row describes, or null when the row has problems, which it then holds. */
    private Asset convert(Row row, Map<String, WeeklySchedule> schedules) {
        Asset.Builder b = Asset.builder()
                .uid(row.get(Column.ID))
                .name(row.get(Column.NAME))
                .description(row.get(Column.DESCRIPTION))
                .organisation(row.get(Column.ORGANISATION))
                .address(row.get(Column.ADDRESS))
                .phone(row.get(Column.PHONE))
                .email(row.get(Column.EMAIL))
                .website(row.get(Column.WEBSITE))
                .openingNote(row.get(Column.OPENING_NOTE))
                .costNote(row.get(Column.COST_NOTE))
                .capacityNote(row.get(Column.CAPACITY_NOTE))
                .verifiedBy(row.get(Column.VERIFIED_BY))
                .source(row.get(Column.SOURCE))
                .tags(list(row.get(Column.TAGS)))
                .languages(list(row.get(Column.LANGUAGES)))
                .domains(domains(row.get(Column.DOMAINS)));

        AssetKind kind = KINDS.read(row, Column.KIND);
        if (kind != null) {
            b.kind(kind);
        }
        AbcdCategory category = CATEGORIES.read(row, Column.CATEGORY);
        if (category != null) {
            b.category(category);
        }
        CostBand cost = COSTS.read(row, Column.COST);
        if (cost != null) {
            b.cost(cost);
        }
        ReferralRoute referral = REFERRALS.read(row, Column.REFERRAL);
        if (referral != null) {
            b.referral(referral);
        }
        AssetStatus status = STATUSES.read(row, Column.STATUS);
        if (status != null) {
            b.status(status);
        }

        String area = row.get(Column.AREA);
        if (!area.isEmpty()) {
            b.areaCode(area).areaChosen(true);
        }
        b.postcode(postcode(row.get(Column.POSTCODE)));
        b.location(location(row));

        String hours = row.get(Column.OPENING_HOURS);
        if (!hours.isEmpty()) {
            WeeklySchedule schedule = schedules.get(hours);
            if (schedule == null) {
                try {
                    schedule = WeeklySchedule.parse(hours);
                    if (schedules.size() < SCHEDULES_REMEMBERED) {
                        schedules.put(hours, schedule);
                    }
                } catch (IllegalArgumentException e) {
                    row.problem(e.getMessage());
                }
            }
            if (schedule != null) {
                b.openingHours(schedule);
            }
        }
        b.accessibility(features(row));
        b.ageMin(age(row, Column.AGE_MIN, "Minimum age"));
        b.ageMax(age(row, Column.AGE_MAX, "Maximum age"));
        b.lastVerified(date(row, Column.LAST_VERIFIED));
        b.illustrative(flag(row, Column.ILLUSTRATIVE));
        b.created(instant(row, Column.CREATED));
        b.updated(instant(row, Column.UPDATED));

        Asset asset = b.build();
        for (AssetValidator.Problem p : validator.check(asset)) {
            row.problem(p.message());
        }
        return row.hasProblems() ? null : asset;
    }

    private List<String> domains(String text) {
        List<String> names = list(text);
        if (names.isEmpty()) {
            return names;
        }
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            // An unknown domain is kept as written; the validator names it and lists the framework's domains.
            out.add(domainNames.getOrDefault(Labelled.squash(n), n));
        }
        return out;
    }

    /** The postcode in normal form when well formed; otherwise as written, for the validator to report. */
    private static String postcode(String text) {
        if (text.isEmpty()) {
            return text;
        }
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                compact.append(Character.toUpperCase(c));
            }
        }
        if (compact.length() < 5 || !Postcodes.isValid(compact.toString())) {
            return text;
        }
        return compact.insert(compact.length() - 3, ' ').toString();
    }

    private GeoPoint location(Row row) {
        String lat = row.get(Column.LATITUDE);
        String lon = row.get(Column.LONGITUDE);
        if (!lat.isEmpty() || !lon.isEmpty()) {
            if (lat.isEmpty()) {
                row.problem("Longitude " + lon + " is given without a latitude");
                return null;
            }
            if (lon.isEmpty()) {
                row.problem("Latitude " + lat + " is given without a longitude");
                return null;
            }
            Double y = number(row, lat, "Latitude");
            Double x = number(row, lon, "Longitude");
            if (y == null || x == null) {
                return null;
            }
            if (!(y >= -90 && y <= 90 && x >= -180 && x <= 180)) {
                row.problem("Latitude " + lat + ", longitude " + lon + " are not coordinates on Earth");
                return null;
            }
            GeoPoint p = new GeoPoint(y, x);
            if (!p.inUk() && x >= -90 && x <= 90 && y >= -180 && y <= 180 && new GeoPoint(x, y).inUk()) {
                row.problem("Location " + lat + ", " + lon + " is outside the UK (are latitude and longitude swapped?)");
                return null;
            }
            return p;
        }
        String east = row.get(Column.EASTING);
        String north = row.get(Column.NORTHING);
        if (east.isEmpty() && north.isEmpty()) {
            return null;
        }
        if (east.isEmpty() || north.isEmpty()) {
            row.problem(east.isEmpty() ? "Northing " + north + " is given without an easting"
                    : "Easting " + east + " is given without a northing");
            return null;
        }
        Double e = number(row, east, "Easting");
        Double n = number(row, north, "Northing");
        if (e == null || n == null) {
            return null;
        }
        if (bngToWgs84 == null) {
            row.problem("Easting and northing cannot be read here (no British National Grid converter); "
                    + "give latitude and longitude instead");
            return null;
        }
        GeoPoint p;
        try {
            p = bngToWgs84.apply(e, n);
        } catch (RuntimeException ex) {
            p = null;
        }
        if (p == null) {
            row.problem("Easting " + east + ", northing " + north + " is not a British National Grid position");
        }
        return p;
    }

    private static Double number(Row row, String text, String what) {
        if (looksNumeric(text)) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                // Falls through to the problem below, e.g. for "1e" or "1.2.3".
            }
        }
        row.problem(what + " \"" + text + "\" is not a number");
        return null;
    }

    /** Plain decimal notation only, so that "NaN", "Infinity", hex and "1d" are not taken as numbers. */
    private static boolean looksNumeric(String s) {
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return digit;
    }

    private static Set<AccessFeature> features(Row row) {
        List<String> names = list(row.get(Column.ACCESSIBILITY));
        if (names.isEmpty()) {
            return Set.of();
        }
        Set<AccessFeature> out = EnumSet.noneOf(AccessFeature.class);
        for (String n : names) {
            AccessFeature f = FEATURES.find(row, n);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private static Integer age(Row row, Column column, String what) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        int start = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
        boolean whole = text.length() > start && text.length() - start <= 9;
        for (int i = start; whole && i < text.length(); i++) {
            whole = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (!whole) {
            row.problem(what + " \"" + text + "\" is not a whole number of years");
            return null;
        }
        return Integer.parseInt(text);
    }

    private static LocalDate date(Row row, Column column) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.indexOf('/') >= 0 ? LocalDate.parse(text, UK_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            row.problem("Last verified \"" + text + "\" is not a date (expected e.g. 2026-09-14)");
            return null;
        }
    }

    private static Instant instant(Row row, Column column) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            row.problem(capitalised(column.header()) + " \"" + text
                    + "\" is not a timestamp (expected e.g. 2026-09-14T10:15:30Z)");
            return null;
        }
    }

    private static boolean flag(Row row, Column column) {
        String text = row.get(column);
        switch (text.toLowerCase(Locale.ROOT)) {
            case "", "no", "n", "false", "0":
                return false;
            case "yes", "y", "true", "1":
                return true;
            default:
                row.problem("Illustrative \"" + text + "\" is not yes or no");
                return false;
        }
    }

    /** The {@code ;}-separated items of a list value, stripped, blanks dropped. */
    private static List<String> list(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.indexOf(';') < 0) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>();
        for (String item : text.split(";")) {
            String s = item.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The header row: which column of the file holds each field. */
    private static final class Header {
        private final int[] index = new int[Column.values().length];
        /** The header names made unique, as keys of a rejected row's values. */
        private final String[] keys;
        private final List<String> unknown = new ArrayList<>();

        Header(CSVRecord record) throws AssetImportException {
            Arrays.fill(index, -1);
            int n = record.size();
            keys = new String[n];
            Column[] matched = new Column[n];
            // Exact names first, so that "Name" wins over a "Title" column whichever comes first.
            for (int i = 0; i < n; i++) {
                Column c = Column.canonical(record.get(i));
                if (c != null && index[c.ordinal()] < 0) {
                    index[c.ordinal()] = i;
                    matched[i] = c;
                }
            }
            for (int i = 0; i < n; i++) {
                Column c = matched[i] == null ? Column.variant(record.get(i)) : null;
                if (c != null && index[c.ordinal()] < 0) {
                    index[c.ordinal()] = i;
                    matched[i] = c;
                }
            }
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String name = record.get(i);
                if (matched[i] == null && !name.isEmpty()) {
                    unknown.add(name);
                }
                String key = name.isEmpty() ? "column " + (i + 1) : name;
                int times = seen.merge(key, 1, Integer::sum);
                keys[i] = times == 1 ? key : key + " (" + times + ")";
            }
            if (index[Column.NAME.ordinal()] < 0) {
                throw new AssetImportException("No 'name' column: the file's columns are "
                        + String.join(", ", record.toList()));
            }
        }

        int index(Column c) {
            return index[c.ordinal()];
        }

        int size() {
            return keys.length;
        }

        Map<String, String> values(CSVRecord record) {
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < keys.length; i++) {
                out.put(keys[i], i < record.size() ? record.get(i) : "");
            }
            return out;
        }
    }

    /**
     * The values of a {@link Labelled} enum matched as {@link Labelled#parse} matches them, looked up in a map
     * rather than by squashing every constant's code, label and name for each row.
     */
    private static final class Choices<E extends Enum<E> & Labelled> {
        private final Map<String, E> byKey = new HashMap<>();
        private final String what;
        private final String allowed;

        Choices(Class<E> type, String what) {
            this.what = what;
            for (E e : type.getEnumConstants()) {
                byKey.putIfAbsent(Labelled.squash(e.code()), e);
                byKey.putIfAbsent(Labelled.squash(e.label()), e);
                byKey.putIfAbsent(Labelled.squash(e.name()), e);
            }
            this.allowed = Stream.of(type.getEnumConstants()).map(Labelled::code).collect(Collectors.joining(", "));
        }

        /** The column's value, or null when it is empty or unknown, which the row then records. */
        E read(Row row, Column column) {
            String text = row.get(column);
            return text.isEmpty() ? null : find(row, text);
        }

        E find(Row row, String text) {
            E value = byKey.get(Labelled.squash(text));
            if (value == null) {
                row.problem("Unknown " + what + " \"" + text + "\" (allowed: " + allowed + ")");
            }
            return value;
        }
    }

    /** One data row being converted, gathering the problems found in it. */
    private static final class Row {
        private final Header header;
        private final CSVRecord record;
        private StringBuilder problems;

        Row(Header header, CSVRecord record) {
            this.header = header;
            this.record = record;
            for (int i = header.size(); i < record.size(); i++) {
                if (!record.get(i).isEmpty()) {
                    problem("The row has " + record.size() + " values but the header has only " + header.size()
                            + " columns (is a quote missing?)");
                    break;
                }
            }
        }

        String get(Column c) {
            int i = header.index(c);
            return i < 0 || i >= record.size() ? "" : record.get(i);
        }

        void problem(String message) {
            if (problems == null) {
                problems = new StringBuilder(message);
            } else {
                problems.append("; ").append(message);
            }
        }

        boolean hasProblems() {
            return problems != null;
        }

        String reason() {
            return problems.toString();
        }
    }

    /** Counts the bytes read, for progress in a file whose rows vary in length. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
