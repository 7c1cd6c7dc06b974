package org.assetatlas.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetKind;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.CostBand;
import org.assetatlas.model.Factor;
import org.assetatlas.model.FactorKind;
import org.assetatlas.model.FieldChange;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.Labelled;
import org.assetatlas.model.LocationSource;
import org.assetatlas.model.ReferralRoute;
import org.assetatlas.model.WeeklySchedule;

/**
 * Records as they were at one moment, for the history of changes: an asset or a factor written as a small JSON
 * object (every field, enums by their stable codes, the opening hours as written) and read back exactly, and the
 * fields that differ between two snapshots in words a user reads ("Opening hours: Tue 10:00-12:00 → Tue
 * 10:00-13:00").
 *
 * <p>The keys are the record's own field names; a snapshot written by an older version of the app that lacks a key
 * reads that field as its default, and an unknown key (from a newer version) is ignored.
 */
public final class RecordSnapshots {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Fields that change on every save and say nothing about what the user changed. */
    private static final Set<String> MECHANICAL = Set.of("updated", "version", "created", "id");

    /** The label of each key, in the order fields are listed. */
    private static final Map<String, String> LABELS = labels(
            "uid", "Id", "name", "Name", "description", "Description", "kind", "Kind", "category", "ABCD category",
            "domains", "Domains", "areaCode", "Area", "areaChosen", "Area chosen by hand", "tags", "Tags",
            "organisation", "Organisation", "address", "Address", "postcode", "Postcode", "lat", "Latitude",
            "lon", "Longitude", "locationSource", "Located by", "phone", "Phone", "email", "E-mail",
            "website", "Website", "openingHours", "Opening hours", "openingNote", "Opening note", "cost", "Cost",
            "costNote", "Cost note", "accessibility", "Accessibility", "ageMin", "Minimum age", "ageMax",
            "Maximum age", "languages", "Languages", "referral", "Referral route", "status", "Status",
            "capacityNote", "Capacity note", "lastVerified", "Last verified", "verifiedBy", "Verified by",
            "source", "Source", "illustrative", "Illustrative", "needsChecking", "Needs checking", "theme", "Theme", "areaCodes", "Areas",
            "assetUids", "Assets", "strength", "Strength", "evidenceIds", "Evidence");

    /** The enum whose codes a key holds, for showing labels. */
    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.of(
            "kind", AssetKind.class, "category", AbcdCategory.class, "locationSource", LocationSource.class,
            "cost", CostBand.class, "accessibility", AccessFeature.class, "referral", ReferralRoute.class,
            "status", AssetStatus.class);

    private RecordSnapshots() {
    }

    // ---- assets ---------------------------------------------------------------------------------------------------

    /** The asset as a snapshot. */
    public static String of(Asset a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id());
        o.put("uid", a.uid());
        o.put("name", a.name());
        o.put("description", a.description());
        o.put("kind", a.kind().code());
        o.put("category", a.category().code());
        strings(o, "domains", a.domains());
        o.put("areaCode", a.areaCode());
        o.put("areaChosen", a.areaChosen());
        strings(o, "tags", a.tags());
        o.put("organisation", a.organisation());
        o.put("address", a.address());
        o.put("postcode", a.postcode());
        if (a.location() != null) {
            o.put("lat", a.location().lat());
            o.put("lon", a.location().lon());
        }
        o.put("locationSource", a.locationSource().code());
        o.put("phone", a.phone());
        o.put("email", a.email());
        o.put("website", a.website());
        o.put("openingHours", a.openingHours().format());
        o.put("openingNote", a.openingNote());
        o.put("cost", a.cost().code());
        o.put("costNote", a.costNote());
        List<String> features = new ArrayList<>();
        a.accessibility().forEach(f -> features.add(f.code()));
        strings(o, "accessibility", features);
        if (a.ageMin() != null) {
            o.put("ageMin", a.ageMin());
        }
        if (a.ageMax() != null) {
            o.put("ageMax", a.ageMax());
        }
        strings(o, "languages", a.languages());
        o.put("referral", a.referral().code());
        o.put("status", a.status().code());
        o.put("capacityNote", a.capacityNote());
        if (a.lastVerified() != null) {
            o.put("lastVerified", a.lastVerified().toString());
        }
        o.put("verifiedBy", a.verifiedBy());
        o.put("source", a.source());
        o.put("illustrative", a.illustrative());
        o.put("needsChecking", a.needsChecking());
        if (a.created() != null) {
            o.put("created", a.created().toString());
        }
        if (a.updated() != null) {
            o.put("updated", a.updated().toString());
        }
        o.put("version", a.version());
        return o.toString();
    }

    /**
     * The asset a snapshot holds, with its row id.
     *
     * @throws IllegalArgumentException when the text is not an asset snapshot
     */
    public static Asset asset(String json) {
        JsonNode o = read(json);
        Asset.Builder b = Asset.builder()
                .id(o.path("id").asLong())
                .uid(text(o, "uid"))
                .name(text(o, "name"))
                .description(text(o, "description"))
                .kind(choice(AssetKind.class, o, "kind", AssetKind.GROUP))
                .category(choice(AbcdCategory.class, o, "category", AbcdCategory.ASSOCIATIONS))
                .domains(list(o, "domains"))
                .areaCode(text(o, "areaCode"))
                .areaChosen(o.path("areaChosen").asBoolean())
                .tags(list(o, "tags"))
                .organisation(text(o, "organisation"))
                .address(text(o, "address"))
                .postcode(text(o, "postcode"))
                .phone(text(o, "phone"))
                .email(text(o, "email"))
                .website(text(o, "website"))
                .openingHours(WeeklySchedule.parse(Objects.requireNonNullElse(text(o, "openingHours"), "")))
                .openingNote(text(o, "openingNote"))
                .cost(choice(CostBand.class, o, "cost", CostBand.FREE))
                .costNote(text(o, "costNote"))
                .languages(list(o, "languages"))
                .referral(choice(ReferralRoute.class, o, "referral", ReferralRoute.SELF))
                .status(choice(AssetStatus.class, o, "status", AssetStatus.ACTIVE))
                .capacityNote(text(o, "capacityNote"))
                .verifiedBy(text(o, "verifiedBy"))
                .source(text(o, "source"))
                .illustrative(o.path("illustrative").asBoolean())
                .needsChecking(text(o, "needsChecking"))
                .version(o.path("version").asLong());
        if (o.hasNonNull("lat") && o.hasNonNull("lon")) {
            b.location(new GeoPoint(o.get("lat").asDouble(), o.get("lon").asDouble()))
                    .locationSource(choice(LocationSource.class, o, "locationSource", LocationSource.GIVEN));
        }
        Set<AccessFeature> features = EnumSet.noneOf(AccessFeature.class);
        for (String code : list(o, "accessibility")) {
            AccessFeature f = Labelled.parse(AccessFeature.class, code);
            if (f != null) {
                features.add(f);
            }
        }
        b.accessibility(features);
        if (o.hasNonNull("ageMin")) {
            b.ageMin(o.get("ageMin").asInt());
        }
        if (o.hasNonNull("ageMax")) {
            b.ageMax(o.get("ageMax").asInt());
        }
        if (o.hasNonNull("lastVerified")) {
            b.lastVerified(LocalDate.parse(o.get("lastVerified").asText()));
        }
        if (o.hasNonNull("created")) {
            b.created(Instant.parse(o.get("created").asText()));
        }
        if (o.hasNonNull("updated")) {
            b.updated(Instant.parse(o.get("updated").asText()));
        }
        return b.build();
    }

    // ---- factors --------------------------------------------------------------------------------------------------

    /** The factor as a snapshot. */
    public static String of(Factor f) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", f.id());
        o.put("kind", f.kind().code());
        o.put("theme", f.theme());
        o.put("description", f.description());
        strings(o, "domains", f.domains());
        strings(o, "areaCodes", f.areaCodes());
        strings(o, "assetUids", f.assetUids());
        o.put("strength", f.strength());
        ArrayNode ev = o.putArray("evidenceIds");
        f.evidenceIds().forEach(ev::add);
        o.put("illustrative", f.illustrative());
        return o.toString();
    }

    /**
     * The factor a snapshot holds, with its row id.
     *
     * @throws IllegalArgumentException when the text is not a factor snapshot
     */
    public static Factor factor(String json) {
        JsonNode o = read(json);
        List<Long> evidence = new ArrayList<>();
        o.path("evidenceIds").forEach(n -> evidence.add(n.asLong()));
        return new Factor(o.path("id").asLong(), choice(FactorKind.class, o, "kind", FactorKind.BARRIER),
                Objects.requireNonNullElse(text(o, "theme"), ""), Objects.requireNonNullElse(text(o, "description"),
                ""), list(o, "domains"), list(o, "areaCodes"), list(o, "assetUids"),
                Math.max(1, o.path("strength").asInt(1)), evidence, o.path("illustrative").asBoolean());
    }

    // ---- differences ----------------------------------------------------------------------------------------------

    /**
     * The fields that differ between two snapshots of one record, in the record's field order, as text to show;
     * either may be null (the record did not exist), and then every field with a value is listed. Times that change
     * on every save are left out.
     */
    public static List<FieldChange> changes(String before, String after) {
        JsonNode b = before == null ? JSON.createObjectNode() : read(before);
        JsonNode a = after == null ? JSON.createObjectNode() : read(after);
        Set<String> keys = new LinkedHashSet<>();
        b.fieldNames().forEachRemaining(keys::add);
        a.fieldNames().forEachRemaining(keys::add);
        List<FieldChange> out = new ArrayList<>();
        for (String k : keys) {
            if (MECHANICAL.contains(k)) {
                continue;
            }
            String was = shown(k, b.get(k));
            String now = shown(k, a.get(k));
            if (!was.equals(now)) {
                out.add(new FieldChange(LABELS.getOrDefault(k, k), was, now));
            }
        }
        return out;
    }

    private static String shown(String key, JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(n -> parts.add(enumLabel(key, n.asText())));
            return String.join("; ", parts);
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "yes" : "no";
        }
        return enumLabel(key, v.asText());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String enumLabel(String key, String code) {
        Class type = ENUMS.get(key);
        if (type == null) {
            return code;
        }
        Object e = Labelled.parse(type, code);
        return e == null ? code : ((Labelled) e).label();
    }

    // ---- JSON -----------------------------------------------------------------------------------------------------

    private static JsonNode read(String json) {
        try {
            JsonNode o = JSON.readTree(json);
            if (o == null || !o.isObject()) {
                throw new IllegalArgumentException("Not a record snapshot");
            }
            return o;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a record snapshot: " + e.getOriginalMessage(), e);
        }
    }

    private static void strings(ObjectNode o, String key, Collection<String> values) {
        ArrayNode a = o.putArray(key);
        values.forEach(a::add);
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> list(JsonNode o, String key) {
        List<String> out = new ArrayList<>();
        for (Iterator<JsonNode> it = o.path(key).elements(); it.hasNext(); ) {
            out.add(it.next().asText());
        }
        return out;
    }

    private static <E extends Enum<E> & Labelled> E choice(Class<E> type, JsonNode o, String key, E otherwise) {
        E e = Labelled.parse(type, text(o, key));
        return e == null ? otherwise : e;
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
