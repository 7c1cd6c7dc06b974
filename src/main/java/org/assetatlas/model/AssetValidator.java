package org.assetatlas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks an asset against the rules every entry route shares (the editor form and the importers): a name, a
 * well-formed postcode, e-mail address, web address and phone number, a location inside the UK, domains from the
 * project's framework, a sensible age range, and no text too long to be what its field says (a name of at most
 * {@value #MAX_NAME} characters, other texts of at most {@value #MAX_TEXT}).
 */
public final class AssetValidator {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$");
    private static final Pattern URL = Pattern.compile("^(https?://)?([A-Za-z0-9-]+\\.)+[A-Za-z]{2,}(:\\d+)?(/\\S*)?$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{7,20}$");

    /** Longest name: a name is a line on a list, a map label or a heading, never a document. */
    public static final int MAX_NAME = 500;
    /** Longest value of any other text field: far beyond any real description, well short of a pasted file. */
    public static final int MAX_TEXT = 100_000;
    private final Framework framework;
    private final java.util.Set<String> domainKeys = new java.util.HashSet<>();

    public AssetValidator(Framework framework) {
        this.framework = framework;
        for (Domain d : framework.domains()) {
            domainKeys.add(Labelled.squash(d.name()));
        }
    }

    /** One broken rule: the field it concerns and a message a user can act on. */
    public record Problem(String field, String message) {
        @Override
        public String toString() {
            return message;
        }
    }

    /** Every rule the asset breaks, in field order; empty when it is valid. */
    public List<Problem> check(Asset a) {
        List<Problem> out = new ArrayList<>();
        if (a.name().isEmpty()) {
            out.add(new Problem("name", "Name is required"));
        } else if (a.name().length() > MAX_NAME) {
            out.add(new Problem("name", String.format(Locale.UK, "Name is %,d characters long; the most is %,d",
                    a.name().length(), MAX_NAME)));
        }
        tooLong(out, "description", "Description", a.description());
        tooLong(out, "organisation", "Organisation", a.organisation());
        tooLong(out, "address", "Address", a.address());
        tooLong(out, "openingNote", "Opening note", a.openingNote());
        tooLong(out, "costNote", "Cost note", a.costNote());
        tooLong(out, "capacityNote", "Capacity note", a.capacityNote());
        tooLong(out, "verifiedBy", "Verified by", a.verifiedBy());
        tooLong(out, "source", "Source", a.source());
        out.addAll(checkPostcode(a.postcode()));
        out.addAll(checkEmail(a.email()));
        out.addAll(checkWebsite(a.website()));
        out.addAll(checkPhone(a.phone()));
        if (a.location() != null && !a.location().inUk()) {
            out.add(new Problem("location", String.format("Location %.5f, %.5f is outside the UK",
                    a.location().lat(), a.location().lon())));
        }
        for (String d : a.domains()) {
            if (!domainKeys.contains(Labelled.squash(d))) {
                out.add(new Problem("domains", "Unknown domain \"" + d + "\" (the framework has: "
                        + String.join(", ", framework.names()) + ")"));
            }
        }
        if (a.ageMin() != null && (a.ageMin() < 0 || a.ageMin() > 120)) {
            out.add(new Problem("ageMin", "Minimum age must be between 0 and 120"));
        }
        if (a.ageMax() != null && (a.ageMax() < 0 || a.ageMax() > 120)) {
            out.add(new Problem("ageMax", "Maximum age must be between 0 and 120"));
        }
        if (a.ageMin() != null && a.ageMax() != null && a.ageMin() > a.ageMax()) {
            out.add(new Problem("ageMax", "Maximum age is below the minimum age"));
        }
        return out;
    }

    private static void tooLong(List<Problem> out, String field, String label, String text) {
        if (text.length() > MAX_TEXT) {
            out.add(new Problem(field, String.format(Locale.UK, "%s is %,d characters long; the most is %,d", label,
                    text.length(), MAX_TEXT)));
        }
    }

    public static List<Problem> checkPostcode(String postcode) {
        if (postcode == null || postcode.isBlank() || Postcodes.isValid(postcode)) {
            return List.of();
        }
        return List.of(new Problem("postcode", "\"" + postcode.strip() + "\" is not a UK postcode (e.g. CO1 1JB)"));
    }

    public static List<Problem> checkEmail(String email) {
        if (email == null || email.isBlank() || EMAIL.matcher(email.strip()).matches()) {
            return List.of();
        }
        return List.of(new Problem("email", "\"" + email.strip() + "\" is not an e-mail address"));
    }

    public static List<Problem> checkWebsite(String url) {
        if (url == null || url.isBlank() || URL.matcher(url.strip()).matches()) {
            return List.of();
        }
        return List.of(new Problem("website", "\"" + url.strip() + "\" is not a web address"));
    }

    public static List<Problem> checkPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return List.of();
        }
        String p = phone.strip();
        int digits = 0;
        for (int i = 0; i < p.length(); i++) {
            if (Character.isDigit(p.charAt(i))) {
                digits++;
            }
        }
        if (PHONE.matcher(p).matches() && digits >= 7 && digits <= 15) {
            return List.of();
        }
        return List.of(new Problem("phone", "\"" + p + "\" is not a phone number"));
    }
}
