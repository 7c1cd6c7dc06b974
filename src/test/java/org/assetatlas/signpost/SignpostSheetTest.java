package org.assetatlas.signpost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.Asset;
import org.assetatlas.model.CostBand;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.ReferralRoute;
import org.assetatlas.model.WeeklySchedule;
import org.junit.jupiter.api.Test;

class SignpostSheetTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private static Suggestion suggestion(int i, String name, ReferralRoute referral, LocalDate verified) {
        Asset a = Asset.builder().id(i).name(name)
                .description("A friendly weekly group for anyone who would like company. Tea and biscuits provided.")
                .address("Community Hall, " + i + " High Street, Colchester").postcode("CO4 3QE")
                .location(new GeoPoint(51.89 + i * 0.002, 0.93)).phone("01632 96010" + i)
                .website("https://example.org/group-" + i).openingHours(WeeklySchedule.parse("Tue 10:00-12:00"))
                .cost(CostBand.LOW_COST).costNote("£2 for tea").referral(referral)
                .accessibility(Set.of(AccessFeature.STEP_FREE, AccessFeature.NEAR_BUS_STOP))
                .lastVerified(verified).build();
        return new Suggestion(a, 400.0 * i, "why", "Open today 10:00 to 12:00", Signposter.costWords(a),
                Signposter.accessWords(a), Signposter.unverified(a, DAY), 1);
    }

    private static String text(byte[] pdf, int[] pages) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages[0] = doc.getNumberOfPages();
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theSheetSaysWhatAResidentNeedsOnOnePage() throws IOException {
        List<Suggestion> list = new ArrayList<>();
        list.add(suggestion(1, "Greenstead Befriending – Tuesday Club", ReferralRoute.SELF, DAY.minusMonths(2)));
        list.add(suggestion(2, "Highwoods Good Neighbours", ReferralRoute.PROFESSIONAL, LocalDate.of(2024, 1, 1)));
        for (int i = 3; i <= 7; i++) {
            list.add(suggestion(i, "Group " + i + " 😀", ReferralRoute.EITHER, DAY));
        }
        byte[] map = SheetMap.png(list.stream().map(Suggestion::asset).toList(), new GeoPoint(51.891, 0.937),
                List.of(), 400, 300, 1);
        assertNotNull(map);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SignpostSheet.writePdf(list, "lonely <since> \"moving\" & bored", DAY,
                new SignpostSheet.Options(false, "Colchester CVS", ""), map, out);
        int[] pages = new int[1];
        String t = text(out.toByteArray(), pages);
        assertEquals(1, pages[0], "one page");
        assertTrue(t.contains("Places that could help"), t);
        assertTrue(t.contains("You asked about:") && t.contains("lonely <since> \"moving\" & bored"), t);
        assertTrue(t.contains("24 November 2026 by Colchester CVS"), t);
        assertTrue(t.contains("1 Greenstead Befriending – Tuesday Club"), t);
        assertTrue(t.contains("When: Tuesday 10:00 to 12:00"), t);
        assertTrue(t.contains("Cost: Low cost (£2 for tea)"), t);
        assertTrue(t.contains("Contact: Phone 01632 960101 | example.org/group-1"), t);
        assertTrue(t.contains("Where: Community Hall, 1 High Street, Colchester, CO4 3QE"), t);
        assertTrue(t.contains("Getting there: 0.2 miles away (about 5 minutes' walk). Near a bus stop"), t);
        assertTrue(t.contains("Access: Step-free, near bus stop"), t);
        assertTrue(t.contains("You can get in touch yourself"), t);
        assertTrue(t.contains("Ask your GP, social worker or support worker to refer you"), t);
        assertTrue(t.contains("have not been confirmed in the last year"), "the old record is flagged: " + t);
        assertTrue(t.contains("Group 4"), t);
        assertFalse(t.contains("Group 5"), "only four options fit in normal print");
        assertTrue(t.contains("Ask us about 3 more places"), t);
    }

    @Test
    void largePrintStaysOnOnePageWithFewerOptions() throws IOException {
        List<Suggestion> list = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            list.add(suggestion(i, "Group " + i, ReferralRoute.SELF, DAY));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] map = SheetMap.png(list.stream().map(Suggestion::asset).toList(), null, List.of(), 520, 380, 1.4);
        SignpostSheet.writePdf(list, "x".repeat(10_000), DAY, new SignpostSheet.Options(true, "", ""), map, out);
        int[] pages = new int[1];
        String t = text(out.toByteArray(), pages);
        assertEquals(1, pages[0]);
        assertTrue(t.contains("Group 2") && !t.contains("Group 3"), "two options in 16 pt: " + t);
        assertTrue(t.contains("Ask us about 3 more places"), t);
    }

    @Test
    void copyAsTextAndSms() {
        List<Suggestion> list = List.of(suggestion(1, "Greenstead Befriending", ReferralRoute.SELF, DAY),
                suggestion(2, "Highwoods Good Neighbours", ReferralRoute.PROFESSIONAL, LocalDate.of(2020, 1, 1)));
        String text = HandOver.text(list, "lonely", DAY, "Colchester CVS");
        assertTrue(text.startsWith("Places that could help with: lonely\n(24 November 2026, from Colchester CVS)"), text);
        assertTrue(text.contains("1. Greenstead Befriending\n"), text);
        assertTrue(text.contains("   When: Tuesday 10:00 to 12:00\n"), text);
        assertTrue(text.contains("   Contact: Phone 01632 960102 | example.org/group-2\n"), text);
        assertTrue(text.contains("Please check before going"), text);
        String sms = HandOver.sms(list);
        assertEquals("Greenstead Befriending: 01632 960101\nHighwoods Good Neighbours: 01632 960102", sms);
    }
}
