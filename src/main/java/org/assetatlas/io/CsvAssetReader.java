package org.assetatlas.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetChecks;
import org.assetatlas.model.AssetKind;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.AssetValidator;
import org.assetatlas.model.CostBand;
import org.assetatlas.model.Domain;
import org.assetatlas.model.Framework;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.Labelled;
import org.assetatlas.model.LocationSource;
import org.assetatlas.model.Postcodes;
import org.assetatlas.model.ReferralRoute;
import org.assetatlas.model.WeeklySchedule;
import org.assetatlas.util.CancelledException;
import org.assetatlas.util.Progress;
import org.assetatlas.util.SpreadsheetCells;

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
 * <p>{@link #readAhead} reads on another thread while the caller stores what has been read, for large imports.
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
    /** Dates before this year are typing mistakes, not checks of a community asset. */
    private static final int EARLIEST_YEAR = 1900;
    /** Longest part of a value quoted back in a reason; a reason must stay readable whatever the file holds. */
    private static final int QUOTED = 60;

    /** The form spreadsheets on UK settings give ISO dates when they save a file again. */
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Distinct texts remembered per read (opening hours, dates); real files repeat a handful of them. */
    private static final int REMEMBERED = 10_000;

    /** Assets or rejected rows handed from the reading thread to the caller at a time, by {@link #readAhead}. */
    private static final int BATCH = 250;
    /** Batches that may wait for the caller: enough to ride out a slow write, few enough to bound the memory. */
    private static final int BATCHES_AHEAD = 16;

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
    /** The framework's domain names keyed by themselves as written, which files mostly do: no squashing needed. */
    private final Map<String, String> domainsAsNamed = new HashMap<>();

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
            domainsAsNamed.put(d.name(), d.name());
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
        if (XlsxRecords.isXlsx(file)) {
            long size = Files.size(file);
            progress.update(0, size, "Reading " + file.getFileName());
            FileReading reading = new FileReading(accepted, rejected, progress, size);
            XlsxRecords.read(file, (record, row) -> reading.take(SpreadsheetCells.unguardAll(record), row, -1));
            return reading.finish(StandardCharsets.UTF_8);
        }
        Charset charset = TextEncoding.detect(file);
        // progress counts the bytes read; UTF-16 is read re-encoded, about half as many bytes for Latin text
        long size = TextEncoding.isUtf16(charset) ? Files.size(file) / 2 : Files.size(file);
        progress.update(0, size, "Reading " + file.getFileName());
        FileReading reading = new FileReading(accepted, rejected, progress, size);
        try (CsvRecords records = new CsvRecords(TextEncoding.bytesFor(file, charset),
                TextEncoding.bytesCharset(charset))) {
            while (true) {
                String[] record = next(records);
                if (record == null) {
                    break;
                }
                reading.take(record, records.line(), records.position());
            }
        }
        return reading.finish(charset);
    }

    /** One file being read: the header, then each record converted and passed on, whatever the file's format. */
    private final class FileReading {
        private final Consumer<Asset> accepted;
        private final Consumer<RejectedRow> rejected;
        private final Progress progress;
        private final long size;
        private final Conversion conversion = new Conversion();
        private final Map<String, Long> ids = new HashMap<>(); // the line on which each id first came
        private Header header;
        private long rows;
        private long acceptedCount;
        private long rejectedCount;

        FileReading(Consumer<Asset> accepted, Consumer<RejectedRow> rejected, Progress progress, long size) {
            this.accepted = accepted;
            this.rejected = rejected;
            this.progress = progress;
            this.size = size;
        }

        /**
         * Takes one record.
         *
         * @param line     the line (CSV) or row (spreadsheet) it starts on, from 1
         * @param position how far through the file it ends, in bytes; -1 when not known
         */
        void take(String[] record, long line, long position) throws AssetImportException {
            if (isBlank(record)) {
                return;
            }
            if (header == null) {
                header = new Header(record);
                return;
            }
            rows++;
            if (rows % REPORT_EVERY == 0) {
                progress.checkCancelled();
                progress.update(position < 0 ? -1 : Math.min(position, size), position < 0 ? -1 : size,
                        "Reading row " + rows);
            }
            Row row = new Row(header, record);
            String id = row.get(Column.ID);
            if (!id.isEmpty()) {
                Long first = ids.putIfAbsent(id, line);
                if (first != null) {
                    row.problem("The id \"" + shortened(id) + "\" is also on line " + first
                            + " (each row needs its own id)");
                }
            }
            Asset asset = conversion.convert(row);
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

        Summary finish(Charset charset) throws AssetImportException {
            if (header == null) {
                throw new AssetImportException("The file is empty: it has no header row");
            }
            progress.update(size, size, "Read " + rows + " rows");
            return new Summary(acceptedCount, rejectedCount, header.unknown, charset);
        }
    }

    /**
     * Reads the file as {@link #read} does, but on a thread of {@code executor}, while the calling thread receives
     * what has been read in batches: whatever the caller does with one batch (storing it, say) overlaps the reading
     * and checking of the next ones. At most a few thousand rows wait between the two threads.
     *
     * <p>{@code prepare} runs on the reading thread for each accepted asset, in file order, and must not touch
     * anything the calling thread uses meanwhile. It turns the asset into what the caller wants to receive (the
     * asset changed, or made ready to store), or throws {@link RowRejectedException} to reject the row, which then
     * keeps its line number and values. {@code accepted} and {@code rejected} run on the calling thread, in file
     * order. {@code progress}, thread-safe as its contract requires, is updated and asked about cancellation from
     * the reading thread every thousand rows; the calling thread asks too between batches.
     *
     * <p>When anything fails on either thread, or is cancelled, the reading stops and this rethrows the failure on
     * the calling thread after the reading thread has finished: nothing runs on after this returns or throws. An
     * exception from {@code accepted} or {@code rejected} passes through unchanged.
     *
     * @param <T> what the caller receives for each accepted asset
     * @throws AssetImportException when the file is empty, has no {@code name} column or is not valid CSV
     * @throws org.assetatlas.util.CancelledException when {@code progress} asks to stop
     */
    public <T> Summary readAhead(Path file, ExecutorService executor, Function<Asset, T> prepare,
                                 Consumer<List<T>> accepted, Consumer<RejectedRow> rejected, Progress progress)
            throws IOException {
        progress.checkCancelled();
        ReadAhead ahead = new ReadAhead(progress);
        CountDownLatch finished = new CountDownLatch(1);
        Future<?> task = executor.submit(() -> {
            try {
                ahead.run(() -> read(file, asset -> ahead.add(prepare.apply(asset)),
                        row -> ahead.add(new Rejection(row)), ahead.progress));
            } finally {
                finished.countDown();
            }
        });
        try {
            while (true) {
                Batch batch = ahead.take();
                List<T> ready = new ArrayList<>(batch.items.size());
                for (Object item : batch.items) {
                    if (item instanceof Rejection r) {
                        if (!ready.isEmpty()) {
                            accepted.accept(ready);
                            ready = new ArrayList<>();
                        }
                        rejected.accept(r.row);
                    } else {
                        @SuppressWarnings("unchecked")
                        T t = (T) item;
                        ready.add(t);
                    }
                }
                if (!ready.isEmpty()) {
                    accepted.accept(ready);
                }
                if (batch.end) {
                    return batch.result();
                }
                progress.checkCancelled();
            }
        } finally {
            ahead.stop();
            task.cancel(true);
            awaitQuietly(finished);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next record, with the apostrophes that guard formula-like cells removed ({@link SpreadsheetCells}). */
    private static String[] next(CsvRecords records) throws IOException {
        try {
            String[] record = records.next();
            if (record != null) {
                for (int i = 0; i < record.length; i++) {
                    record[i] = SpreadsheetCells.unguard(record[i]);
                }
            }
            return record;
        } catch (AssetImportException e) {
            throw new AssetImportException("The file is not valid CSV after line " + (records.nextLine() - 1) + ": "
                    + e.getMessage(), e);
        }
    }

    /** The text, cut short with an ellipsis when it is too long to quote in a reason. */
    private static String shortened(String text) {
        return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "\u2026";
    }

    private static boolean isBlank(String[] record) {
        for (String v : record) {
            if (!v.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** What one read remembers between rows: texts already parsed, which real files repeat. */
    private final class Conversion {
        private final Map<String, WeeklySchedule> schedules = new HashMap<>();
        private final Map<String, LocalDate> dates = new HashMap<>();
        /** The latest date a check can have been made: tomorrow, for a file written in another time zone. */
        private final LocalDate latest = LocalDate.now().plusDays(1);

        /** The asset the row describes, or null when the row has problems, which it then holds. */
        Asset convert(Row row) {
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
                    .needsChecking(row.get(Column.NEEDS_CHECKING))
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
            b.locationSource(locationSource(row));

            String hours = row.get(Column.OPENING_HOURS);
            if (!hours.isEmpty()) {
                WeeklySchedule schedule = schedules.get(hours);
                if (schedule == null) {
                    try {
                        schedule = WeeklySchedule.understand(hours);
                        if (schedules.size() < REMEMBERED) {
                            schedules.put(hours, schedule);
                        }
                    } catch (IllegalArgumentException e) {
                        // kept as text where signposting and the editor show it, and noted to check
                        String note = row.get(Column.OPENING_NOTE);
                        b.openingNote(note.isEmpty() ? hours : note + " (" + hours + ")");
                        row.note("Opening hours \u201c" + shortened(hours) + "\u201d not understood, kept as the"
                                + " opening note: " + e.getMessage());
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
            List<AssetValidator.Problem> problems = validator.check(asset);
            if (!problems.isEmpty()) {
                Asset.Builder kept = asset.toBuilder();
                for (AssetValidator.Problem p : problems) {
                    switch (p.field()) {
                        // kept as written, to be put right: the row is still an asset
                        case "postcode", "email", "website", "phone" -> row.note(p.message());
                        case "domains" -> {
                            row.note(p.message());
                            kept.domains(asset.domains().stream().filter(domainsAsNamed::containsKey).toList());
                        }
                        case "ageMin", "ageMax" -> {
                            row.note(p.message() + " (ages left empty)");
                            kept.ageMin(null).ageMax(null);
                        }
                        // without a name or with a location that contradicts itself it cannot be an asset
                        default -> row.problem(p.message());
                    }
                }
                asset = kept.build();
            }
            if (row.hasProblems()) {
                return null;
            }
            return row.notes().isEmpty() ? asset : asset.toBuilder()
                    .needsChecking(AssetChecks.add(asset.needsChecking(), row.notes())).build();
        }

        private LocalDate date(Row row, Column column) {
            String text = row.get(column);
            if (text.isEmpty()) {
                return null;
            }
            LocalDate d = dates.get(text);
            if (d == null) {
                try {
                    d = text.indexOf('/') >= 0 ? LocalDate.parse(text, UK_DATE) : isoDate(text);
                } catch (DateTimeException e) {
                    d = null;
                }
                if (d == null || d.getYear() < EARLIEST_YEAR) {
                    row.note("Last verified \"" + shortened(text) + "\" is not a date (expected e.g. 2026-09-14)");
                    return null;
                }
                if (dates.size() < REMEMBERED) {
                    dates.put(text, d);
                }
            }
            if (d.isAfter(latest)) {
                row.note("Last verified " + text + " is in the future");
                return null;
            }
            return d;
        }
    }

    /** An ISO date, {@code 2026-09-14}, read without a formatter when it has the usual ten characters. */
    private static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int y = digits(text, 0, 4);
            int m = digits(text, 5, 7);
            int d = digits(text, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(text);
    }

    /** The decimal number in {@code s[from, to)}, or -1 when a character is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private List<String> domains(String text) {
        List<String> names = list(text);
        if (names.isEmpty()) {
            return names;
        }
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            String named = domainsAsNamed.get(n);
            // An unknown domain is kept as written; the validator names it and lists the framework's domains.
            out.add(named != null ? named : domainNames.getOrDefault(Labelled.squash(n), n));
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
            if (y == 0 && x == 0) {
                row.problem("Location 0, 0 is a placeholder, not a place (leave latitude and longitude empty when "
                        + "the location is not known)");
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

    /** Where the location came from: given unless the row says postcode. */
    private static LocationSource locationSource(Row row) {
        String text = row.get(Column.LOCATION_SOURCE);
        if (text.isEmpty()) {
            return LocationSource.GIVEN;
        }
        LocationSource s = Labelled.parse(LocationSource.class, text);
        if (s == null) {
            row.note("Location source \"" + text + "\" is not given or postcode");
            return LocationSource.GIVEN;
        }
        return s;
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
            row.note(what + " \"" + text + "\" is not a whole number of years");
            return null;
        }
        return Integer.parseInt(text);
    }

    private static Instant instant(Row row, Column column) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            row.note(capitalised(column.header()) + " \"" + text
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
                row.note("Illustrative \"" + text + "\" is not yes or no");
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
        int from = 0;
        while (from <= text.length()) {
            int to = text.indexOf(';', from);
            if (to < 0) {
                to = text.length();
            }
            String s = text.substring(from, to).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
            from = to + 1;
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

        Header(String[] record) throws AssetImportException {
            Arrays.fill(index, -1);
            int n = record.length;
            keys = new String[n];
            Column[] matched = new Column[n];
            // Exact names first, so that "Name" wins over a "Title" column whichever comes first.
            for (int i = 0; i < n; i++) {
                Column c = Column.canonical(record[i]);
                if (c != null && index[c.ordinal()] < 0) {
                    index[c.ordinal()] = i;
                    matched[i] = c;
                }
            }
            for (int i = 0; i < n; i++) {
                Column c = matched[i] == null ? Column.variant(record[i]) : null;
                if (c != null && index[c.ordinal()] < 0) {
                    index[c.ordinal()] = i;
                    matched[i] = c;
                }
            }
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String name = record[i];
                if (matched[i] == null && !name.isEmpty()) {
                    unknown.add(name);
                }
                String key = name.isEmpty() ? "column " + (i + 1) : name;
                int times = seen.merge(key, 1, Integer::sum);
                keys[i] = times == 1 ? key : key + " (" + times + ")";
            }
            if (index[Column.NAME.ordinal()] < 0) {
                throw new AssetImportException("No 'name' column: the file's columns are "
                        + org.assetatlas.util.Printable.of(String.join(", ", record), 400));
            }
        }

        int index(Column c) {
            return index[c.ordinal()];
        }

        int size() {
            return keys.length;
        }

        Map<String, String> values(String[] record) {
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < keys.length; i++) {
                out.put(keys[i], i < record.length ? record[i] : "");
            }
            return out;
        }
    }

    /**
     * The values of a {@link Labelled} enum matched as {@link Labelled#parse} matches them, looked up in a map
     * rather than by squashing every constant's code, label and name for each row. The spellings files mostly use
     * (code, label, name, in any case) are found without squashing the text at all.
     */
    private static final class Choices<E extends Enum<E> & Labelled> {
        private final Map<String, E> byKey = new HashMap<>();
        private final Map<String, E> asWritten = new HashMap<>();
        private final String what;
        private final String allowed;

        Choices(Class<E> type, String what) {
            this.what = what;
            for (E e : type.getEnumConstants()) {
                byKey.putIfAbsent(Labelled.squash(e.code()), e);
                byKey.putIfAbsent(Labelled.squash(e.label()), e);
                byKey.putIfAbsent(Labelled.squash(e.name()), e);
            }
            for (E e : type.getEnumConstants()) {
                for (String s : List.of(e.code(), e.label(), e.name())) {
                    for (String spelling : List.of(s, s.toLowerCase(Locale.ROOT), s.toUpperCase(Locale.ROOT))) {
                        // Only where squashing would find the same constant, so that nothing matches differently.
                        if (byKey.get(Labelled.squash(spelling)) == e) {
                            asWritten.putIfAbsent(spelling, e);
                        }
                    }
                }
            }
            this.allowed = Stream.of(type.getEnumConstants()).map(Labelled::code).collect(Collectors.joining(", "));
        }

        /** The column's value, or null when it is empty or unknown, which the row then records. */
        E read(Row row, Column column) {
            String text = row.get(column);
            return text.isEmpty() ? null : find(row, text);
        }

        E find(Row row, String text) {
            E value = asWritten.get(text);
            if (value == null) {
                value = byKey.get(Labelled.squash(text));
            }
            if (value == null) {
                row.note("Unknown " + what + " \"" + text + "\", so the default was used (allowed: " + allowed + ")");
            }
            return value;
        }
    }

    /** One data row being converted, gathering the problems found in it. */
    private static final class Row {
        private final Header header;
        private final String[] record;
        private StringBuilder problems;
        private String notes = "";

        Row(Header header, String[] record) {
            this.header = header;
            this.record = record;
            for (int i = header.size(); i < record.length; i++) {
                if (!record[i].isEmpty()) {
                    problem("The row has " + record.length + " values but the header has only " + header.size()
                            + " columns (is a quote missing?)");
                    break;
                }
            }
        }

        String get(Column c) {
            int i = header.index(c);
            return i < 0 || i >= record.length ? "" : record[i];
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

        /** A field that cannot be taken as written: the row is kept, and this noted on the asset to check. */
        void note(String message) {
            notes = org.assetatlas.model.AssetChecks.add(notes, message);
        }

        String notes() {
            return notes;
        }

        String reason() {
            return problems.toString();
        }
    }

    /** What the reading thread hands to the calling thread: rows in file order, and at the end the outcome. */
    private static final class Batch {
        final List<Object> items;
        final boolean end;
        final Summary summary;
        final Throwable failure;

        Batch(List<Object> items, boolean end, Summary summary, Throwable failure) {
            this.items = items;
            this.end = end;
            this.summary = summary;
            this.failure = failure;
        }

        Summary result() throws IOException {
            if (failure instanceof IOException e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return summary;
        }
    }

    /** A rejected row among the items of a batch. */
    private record Rejection(RejectedRow row) {
    }

    /** Thrown on the reading thread when the calling thread has stopped listening. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    /** The hand-over between the reading thread and the calling thread of {@link #readAhead}. */
    private static final class ReadAhead {
        private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        private volatile boolean stopped;
        private List<Object> items = new ArrayList<>(BATCH);
        /** The caller's progress, which also stops the reading when the calling thread has stopped. */
        final Progress progress;

        ReadAhead(Progress caller) {
            this.progress = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    caller.update(done, total, message);
                }

                @Override
                public boolean cancelled() {
                    if (stopped) {
                        throw new Stopped();
                    }
                    return caller.cancelled();
                }
            };
        }

        /** Runs the reading, then hands over what is left and the outcome. */
        void run(Reading reading) {
            Summary summary = null;
            Throwable failure = null;
            try {
                summary = reading.read();
            } catch (Stopped e) {
                return;
            } catch (Throwable t) {
                failure = t;
            }
            try {
                put(new Batch(items, true, summary, failure));
            } catch (Stopped e) {
                // nobody is listening any more
            }
        }

        void add(Object item) {
            items.add(item);
            if (items.size() == BATCH) {
                put(new Batch(items, false, null, null));
                items = new ArrayList<>(BATCH);
            }
        }

        private void put(Batch batch) {
            if (stopped) {
                throw new Stopped();
            }
            try {
                while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    if (stopped) {
                        throw new Stopped();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
        }

        /** The next batch, waiting for it; on the calling thread. */
        Batch take() {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
        }

        void stop() {
            stopped = true;
            queue.clear();
        }
    }

    /** The reading done on the reading thread. */
    @FunctionalInterface
    private interface Reading {
        Summary read() throws IOException;
    }
}
