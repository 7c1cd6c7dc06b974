package org.assetatlas.signpost;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assetatlas.model.Asset;
import org.assetatlas.model.ReferralRoute;
import org.assetatlas.model.WeeklySchedule;

/**
 * What a resident takes away: the shortlist in plain English, as text for an e-mail or text message. The printable
 * sheet ({@link SignpostSheet}) says the same things.
 */
public final class HandOver {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private HandOver() {
    }

    /** One option on the hand-over, in the words used for it. */
    public record Item(String name, String what, String when, String cost, String contact, String where,
                       String gettingThere, String access, String howToJoin, boolean unverified) {
    }

    /** The plain-English lines for one shortlisted asset. */
    public static Item item(Suggestion s) {
        Asset a = s.asset();
        String what = firstSentence(a.description());
        List<String> week = OpeningTimes.week(a.openingHours());
        String when = week.isEmpty() ? (a.openingNote().isEmpty() ? "Ask for times" : a.openingNote())
                : String.join("; ", week) + (a.openingNote().isEmpty() ? "" : ". " + a.openingNote());
        List<String> contact = new ArrayList<>();
        if (!a.phone().isEmpty()) {
            contact.add("Phone " + a.phone());
        }
        if (!a.email().isEmpty()) {
            contact.add("Email " + a.email());
        }
        if (!a.website().isEmpty()) {
            contact.add(a.website().replaceFirst("^https?://", ""));
        }
        String where = String.join(", ", nonEmpty(a.address(), a.postcode()));
        String getting = "";
        if (!Double.isNaN(s.distanceMetres())) {
            getting = Distances.words(s.distanceMetres()) + " away";
            String walk = Distances.walk(s.distanceMetres());
            if (!walk.isEmpty()) {
                getting += " (" + walk + ")";
            }
        } else if (!a.located()) {
            getting = "Covers the whole area, by phone or online";
        }
        if (a.accessibility().contains(org.assetatlas.model.AccessFeature.NEAR_BUS_STOP)) {
            getting += (getting.isEmpty() ? "" : ". ") + "Near a bus stop";
        }
        if (a.accessibility().contains(org.assetatlas.model.AccessFeature.PARKING)) {
            getting += (getting.isEmpty() ? "" : ". ") + "Parking available";
        }
        String join = a.referral() == ReferralRoute.PROFESSIONAL
                ? "Ask your GP, social worker or support worker to refer you"
                : "You can get in touch yourself";
        return new Item(a.name(), what, when, Signposter.costWords(a), String.join(" | ", contact), where,
                getting, s.access(), join, s.unverified());
    }

    private static List<String> nonEmpty(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /** The first sentence of a description (or the first 160 characters). */
    static String firstSentence(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String t = text.strip();
        int dot = t.indexOf(". ");
        if (dot > 0 && dot < 200) {
            return t.substring(0, dot + 1);
        }
        return t.length() <= 200 ? t : t.substring(0, 197) + "...";
    }

    /** The shortlist as text for an e-mail: a short heading, then each option in a few lines. */
    public static String text(List<Suggestion> shortlist, String need, LocalDate date, String from) {
        StringBuilder b = new StringBuilder();
        b.append("Places that could help");
        if (need != null && !need.isBlank()) {
            b.append(" with: ").append(need.strip());
        }
        b.append('\n').append("(").append(date.format(DATE));
        if (from != null && !from.isBlank()) {
            b.append(", from ").append(from.strip());
        }
        b.append(")\n");
        int i = 1;
        for (Suggestion s : shortlist) {
            Item it = item(s);
            b.append('\n').append(i++).append(". ").append(it.name()).append('\n');
            line(b, it.what());
            line(b, "When: " + it.when());
            line(b, "Cost: " + it.cost());
            if (!it.contact().isEmpty()) {
                line(b, "Contact: " + it.contact());
            }
            if (!it.where().isEmpty()) {
                line(b, "Where: " + it.where());
            }
            if (!it.gettingThere().isEmpty()) {
                line(b, "Getting there: " + it.gettingThere());
            }
            if (!it.access().isEmpty()) {
                line(b, "Access: " + it.access());
            }
            line(b, it.howToJoin() + ".");
            if (it.unverified()) {
                line(b, "Please check before going: these details have not been confirmed in the last year.");
            }
        }
        b.append("\nTimes and details can change, so it is worth phoning before you go.\n");
        return b.toString();
    }

    /** A short text message: each option's name and first contact, within about 480 characters (3 SMS). */
    public static String sms(List<Suggestion> shortlist) {
        StringBuilder b = new StringBuilder();
        for (Suggestion s : shortlist) {
            Asset a = s.asset();
            String contact = !a.phone().isEmpty() ? a.phone() : !a.website().isEmpty()
                    ? a.website().replaceFirst("^https?://", "") : a.email();
            String line = a.name() + (contact.isEmpty() ? "" : ": " + contact);
            if (b.length() + line.length() + 1 > 480) {
                break;
            }
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(line);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String s) {
        if (s != null && !s.isBlank()) {
            b.append("   ").append(s.strip()).append('\n');
        }
    }

    /** Today's schedule in words, for the sheet's "today" note. */
    static String week(WeeklySchedule w) {
        return String.join("; ", OpeningTimes.week(w));
    }
}
