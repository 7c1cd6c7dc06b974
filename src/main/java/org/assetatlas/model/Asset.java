package org.assetatlas.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A community asset: a group, venue, service, person, place or connection that residents can draw on.
 *
 * <p>Immutable; change one through {@link #toBuilder()}. Text fields are never null (empty when unknown) and are
 * stripped of surrounding white space; lists hold no blanks or duplicates. An asset's location is optional: some
 * assets are area-wide or online, and then {@link #areaCode()} is chosen by hand.
 *
 * <p>Relations between assets (a group meets at a hall; a service is run by an organisation) are kept apart from
 * the asset itself, keyed by {@link #uid()}, so they can be added without changing this type.
 */
public final class Asset {
    private final long id;
    private final String uid;
    private final String name;
    private final String description;
    private final AssetKind kind;
    private final AbcdCategory category;
    private final List<String> domains;
    private final String areaCode;
    private final boolean areaChosen;
    private final List<String> tags;
    private final String organisation;
    private final String address;
    private final String postcode;
    private final GeoPoint location;
    private final LocationSource locationSource;
    private final String phone;
    private final String email;
    private final String website;
    private final WeeklySchedule openingHours;
    private final String openingNote;
    private final CostBand cost;
    private final String costNote;
    private final Set<AccessFeature> accessibility;
    private final Integer ageMin;
    private final Integer ageMax;
    private final List<String> languages;
    private final ReferralRoute referral;
    private final AssetStatus status;
    private final String capacityNote;
    private final LocalDate lastVerified;
    private final String verifiedBy;
    private final String source;
    private final boolean illustrative;
    private final String needsChecking;
    private final Instant created;
    private final Instant updated;
    private final long version;

    private Asset(Builder b) {
        this.id = b.id;
        this.uid = blankToNull(b.uid);
        this.name = text(b.name);
        this.description = text(b.description);
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.category = Objects.requireNonNull(b.category, "category");
        this.domains = cleanList(b.domains);
        this.areaCode = blankToNull(b.areaCode);
        this.areaChosen = b.areaChosen;
        this.tags = cleanList(b.tags);
        this.organisation = text(b.organisation);
        this.address = text(b.address);
        this.postcode = text(b.postcode);
        this.location = b.location;
        // Without a location there is nothing to have come from anywhere.
        this.locationSource = b.location == null ? LocationSource.GIVEN
                : Objects.requireNonNull(b.locationSource, "locationSource");
        this.phone = text(b.phone);
        this.email = text(b.email);
        this.website = text(b.website);
        this.openingHours = Objects.requireNonNull(b.openingHours, "openingHours");
        this.openingNote = text(b.openingNote);
        this.cost = Objects.requireNonNull(b.cost, "cost");
        this.costNote = text(b.costNote);
        this.accessibility = b.accessibility.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(b.accessibility));
        this.ageMin = b.ageMin;
        this.ageMax = b.ageMax;
        this.languages = cleanList(b.languages);
        this.referral = Objects.requireNonNull(b.referral, "referral");
        this.status = Objects.requireNonNull(b.status, "status");
        this.capacityNote = text(b.capacityNote);
        this.lastVerified = b.lastVerified;
        this.verifiedBy = text(b.verifiedBy);
        this.source = text(b.source);
        this.illustrative = b.illustrative;
        this.needsChecking = text(b.needsChecking);
        this.created = b.created;
        this.updated = b.updated;
        this.version = b.version;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this asset's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.uid = uid;
        b.name = name;
        b.description = description;
        b.kind = kind;
        b.category = category;
        b.domains = domains;
        b.areaCode = areaCode;
        b.areaChosen = areaChosen;
        b.tags = tags;
        b.organisation = organisation;
        b.address = address;
        b.postcode = postcode;
        b.location = location;
        b.locationSource = locationSource;
        b.phone = phone;
        b.email = email;
        b.website = website;
        b.openingHours = openingHours;
        b.openingNote = openingNote;
        b.cost = cost;
        b.costNote = costNote;
        b.accessibility = accessibility;
        b.ageMin = ageMin;
        b.ageMax = ageMax;
        b.languages = languages;
        b.referral = referral;
        b.status = status;
        b.capacityNote = capacityNote;
        b.lastVerified = lastVerified;
        b.verifiedBy = verifiedBy;
        b.source = source;
        b.illustrative = illustrative;
        b.needsChecking = needsChecking;
        b.created = created;
        b.updated = updated;
        b.version = version;
        return b;
    }

    /** Database row id; 0 for an asset not yet stored. */
    public long id() {
        return id;
    }

    /** Stable identifier that survives export and import. */
    public String uid() {
        return uid;
    }

    /** The asset's name (required). */
    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public AssetKind kind() {
        return kind;
    }

    public AbcdCategory category() {
        return category;
    }

    /** Domain names from the project framework. */
    public List<String> domains() {
        return domains;
    }

    /** Code of the area the asset belongs to (a neighbourhood, usually). */
    public String areaCode() {
        return areaCode;
    }

    /** True when the area was chosen by hand rather than derived from the location. */
    public boolean areaChosen() {
        return areaChosen;
    }

    public List<String> tags() {
        return tags;
    }

    public String organisation() {
        return organisation;
    }

    public String address() {
        return address;
    }

    public String postcode() {
        return postcode;
    }

    /** WGS84 location; null for area-wide or online assets. */
    public GeoPoint location() {
        return location;
    }

    /**
     * Where the location came from: {@link LocationSource#POSTCODE} when it is the centroid of {@link #postcode()},
     * otherwise (and always for an asset without a location) {@link LocationSource#GIVEN}.
     */
    public LocationSource locationSource() {
        return locationSource;
    }

    /** Whether the asset is placed at its postcode's centroid rather than at a precise location. */
    public boolean locatedByPostcode() {
        return location != null && locationSource == LocationSource.POSTCODE;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String website() {
        return website;
    }

    public WeeklySchedule openingHours() {
        return openingHours;
    }

    public String openingNote() {
        return openingNote;
    }

    public CostBand cost() {
        return cost;
    }

    public String costNote() {
        return costNote;
    }

    public Set<AccessFeature> accessibility() {
        return accessibility;
    }

    public Integer ageMin() {
        return ageMin;
    }

    public Integer ageMax() {
        return ageMax;
    }

    public List<String> languages() {
        return languages;
    }

    public ReferralRoute referral() {
        return referral;
    }

    public AssetStatus status() {
        return status;
    }

    public String capacityNote() {
        return capacityNote;
    }

    public LocalDate lastVerified() {
        return lastVerified;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public String source() {
        return source;
    }

    /** True when the record is made up for demonstration. */
    public boolean illustrative() {
        return illustrative;
    }

    public Instant created() {
        return created;
    }

    public Instant updated() {
        return updated;
    }

    /**
     * What needs checking before the record can be trusted, in words, e.g. {@code E-mail "shed@example" is not an
     * e-mail address}: what an import could not take as written is kept here rather than the row thrown away.
     * Empty when nothing does. The asset is in the review queue until it is cleared.
     */
    public String needsChecking() {
        return needsChecking;
    }

    /**
     * How many times the stored asset has been saved (1 when first stored; 0 for one not yet stored). A save names
     * the version it was edited from, so that a save over someone else's change is refused rather than losing it.
     * Like the created and updated times, not part of {@link #equals}.
     */
    public long version() {
        return version;
    }

    /** Whether the asset has a location. */
    public boolean located() {
        return location != null;
    }

    /**
     * The text without surrounding white space, except that a tab or carriage return directly before {@code =},
     * {@code +}, {@code -} or {@code @} is kept: imported data uses it to keep spreadsheets from running the text
     * as a formula, and an export must give back what was imported.
     */
    private static String text(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        if (t.isEmpty()) {
            return t;
        }
        int start = s.indexOf(t);
        char first = t.charAt(0);
        if (start > 0 && (s.charAt(start - 1) == '\t' || s.charAt(start - 1) == '\r')
                && (first == '=' || first == '+' || first == '-' || first == '@')) {
            return s.substring(start - 1, start + t.length());
        }
        return t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> cleanList(Collection<String> in) {
        if (in == null || in.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(in.size());
        for (String s : in) {
            if (s == null) {
                continue;
            }
            String t = s.strip();
            if (!t.isEmpty() && !containsIgnoreCase(out, t)) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    private static boolean containsIgnoreCase(List<String> list, String s) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).equalsIgnoreCase(s)) {
                return true;
            }
        }
        return false;
    }

    /** Equal when every field is equal, the row id and timestamps included. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Asset a)) {
            return false;
        }
        return sameContent(a) && id == a.id && Objects.equals(created, a.created) && Objects.equals(updated, a.updated);
    }

    /** Whether the two assets hold the same information, ignoring the row id and timestamps. */
    public boolean sameContent(Asset a) {
        return Objects.equals(uid, a.uid)
                && Objects.equals(name, a.name)
                && Objects.equals(description, a.description)
                && Objects.equals(kind, a.kind)
                && Objects.equals(category, a.category)
                && Objects.equals(domains, a.domains)
                && Objects.equals(areaCode, a.areaCode)
                && areaChosen == a.areaChosen
                && Objects.equals(tags, a.tags)
                && Objects.equals(organisation, a.organisation)
                && Objects.equals(address, a.address)
                && Objects.equals(postcode, a.postcode)
                && Objects.equals(location, a.location)
                && locationSource == a.locationSource
                && Objects.equals(phone, a.phone)
                && Objects.equals(email, a.email)
                && Objects.equals(website, a.website)
                && Objects.equals(openingHours, a.openingHours)
                && Objects.equals(openingNote, a.openingNote)
                && Objects.equals(cost, a.cost)
                && Objects.equals(costNote, a.costNote)
                && Objects.equals(accessibility, a.accessibility)
                && Objects.equals(ageMin, a.ageMin)
                && Objects.equals(ageMax, a.ageMax)
                && Objects.equals(languages, a.languages)
                && Objects.equals(referral, a.referral)
                && Objects.equals(status, a.status)
                && Objects.equals(capacityNote, a.capacityNote)
                && Objects.equals(lastVerified, a.lastVerified)
                && Objects.equals(verifiedBy, a.verifiedBy)
                && Objects.equals(source, a.source)
                && illustrative == a.illustrative
                && Objects.equals(needsChecking, a.needsChecking);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uid, name, location, id);
    }

    @Override
    public String toString() {
        return "Asset[" + id + ", " + uid + ", " + name + "]";
    }

    /** Builds an {@link Asset}; every field has a sensible default. */
    public static final class Builder {
        private long id = 0;
        private String uid = null;
        private String name = "";
        private String description = "";
        private AssetKind kind = AssetKind.GROUP;
        private AbcdCategory category = AbcdCategory.ASSOCIATIONS;
        private List<String> domains = List.of();
        private String areaCode = null;
        private boolean areaChosen = false;
        private List<String> tags = List.of();
        private String organisation = "";
        private String address = "";
        private String postcode = "";
        private GeoPoint location = null;
        private LocationSource locationSource = LocationSource.GIVEN;
        private String phone = "";
        private String email = "";
        private String website = "";
        private WeeklySchedule openingHours = WeeklySchedule.empty();
        private String openingNote = "";
        private CostBand cost = CostBand.UNKNOWN;
        private String costNote = "";
        private Set<AccessFeature> accessibility = EnumSet.noneOf(AccessFeature.class);
        private Integer ageMin = null;
        private Integer ageMax = null;
        private List<String> languages = List.of();
        private ReferralRoute referral = ReferralRoute.SELF;
        private AssetStatus status = AssetStatus.ACTIVE;
        private String capacityNote = "";
        private LocalDate lastVerified = null;
        private String verifiedBy = "";
        private String source = "";
        private boolean illustrative = false;
        private String needsChecking = "";
        private Instant created = null;
        private Instant updated = null;
        private long version = 0;

        private Builder() {
        }

        public Builder id(long value) {
            this.id = value;
            return this;
        }

        public Builder uid(String value) {
            this.uid = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        public Builder kind(AssetKind value) {
            this.kind = value;
            return this;
        }

        public Builder category(AbcdCategory value) {
            this.category = value;
            return this;
        }

        public Builder domains(Collection<String> value) {
            this.domains = value == null ? List.of() : new ArrayList<>(value);
            return this;
        }

        public Builder areaCode(String value) {
            this.areaCode = value;
            return this;
        }

        public Builder areaChosen(boolean value) {
            this.areaChosen = value;
            return this;
        }

        public Builder tags(Collection<String> value) {
            this.tags = value == null ? List.of() : new ArrayList<>(value);
            return this;
        }

        public Builder organisation(String value) {
            this.organisation = value;
            return this;
        }

        public Builder address(String value) {
            this.address = value;
            return this;
        }

        public Builder postcode(String value) {
            this.postcode = value;
            return this;
        }

        public Builder location(GeoPoint value) {
            this.location = value;
            return this;
        }

        /** Where the location came from; ignored (taken as given) while there is no location. */
        public Builder locationSource(LocationSource value) {
            this.locationSource = value;
            return this;
        }

        public Builder phone(String value) {
            this.phone = value;
            return this;
        }

        public Builder email(String value) {
            this.email = value;
            return this;
        }

        public Builder website(String value) {
            this.website = value;
            return this;
        }

        public Builder openingHours(WeeklySchedule value) {
            this.openingHours = value;
            return this;
        }

        public Builder openingNote(String value) {
            this.openingNote = value;
            return this;
        }

        public Builder cost(CostBand value) {
            this.cost = value;
            return this;
        }

        public Builder costNote(String value) {
            this.costNote = value;
            return this;
        }

        public Builder accessibility(Collection<AccessFeature> value) {
            this.accessibility = value == null || value.isEmpty() ? EnumSet.noneOf(AccessFeature.class) : EnumSet.copyOf(value);
            return this;
        }

        public Builder ageMin(Integer value) {
            this.ageMin = value;
            return this;
        }

        public Builder ageMax(Integer value) {
            this.ageMax = value;
            return this;
        }

        public Builder languages(Collection<String> value) {
            this.languages = value == null ? List.of() : new ArrayList<>(value);
            return this;
        }

        public Builder referral(ReferralRoute value) {
            this.referral = value;
            return this;
        }

        public Builder status(AssetStatus value) {
            this.status = value;
            return this;
        }

        public Builder capacityNote(String value) {
            this.capacityNote = value;
            return this;
        }

        public Builder lastVerified(LocalDate value) {
            this.lastVerified = value;
            return this;
        }

        public Builder verifiedBy(String value) {
            this.verifiedBy = value;
            return this;
        }

        public Builder source(String value) {
            this.source = value;
            return this;
        }

        public Builder illustrative(boolean value) {
            this.illustrative = value;
            return this;
        }

        public Builder created(Instant value) {
            this.created = value;
            return this;
        }

        public Builder needsChecking(String value) {
            this.needsChecking = value;
            return this;
        }

        public Builder updated(Instant value) {
            this.updated = value;
            return this;
        }

        public Builder version(long value) {
            this.version = value;
            return this;
        }

        public Asset build() {
            return new Asset(this);
        }
    }
}
