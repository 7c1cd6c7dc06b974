package org.assetatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.assetatlas.analysis.VoiceRelease.Audience;
import org.assetatlas.model.Voice;
import org.assetatlas.model.VoiceConsent;
import org.junit.jupiter.api.Test;

class VoiceReleaseTest {

    private static Voice voice(String quote, VoiceConsent consent, String name) {
        return new Voice(0, quote, "carer, Greenstead", name, consent, List.of(), List.of(), List.of(), 0, null,
                false);
    }

    private final Voice no = voice("not to be quoted", VoiceConsent.NO, "");
    private final Voice quote = voice("may be quoted", VoiceConsent.QUOTE, "");
    private final Voice publish = voice("may be published", VoiceConsent.PUBLISH, "");
    private final Voice named = voice("named and published", VoiceConsent.PUBLISH, "Pat Reynolds");

    @Test
    void aVoiceWithoutConsentNeverLeaves() {
        for (Audience a : Audience.values()) {
            assertFalse(VoiceRelease.mayRelease(no, a), a.name());
            assertTrue(VoiceRelease.release(List.of(no, no), a).isEmpty(), a.name());
            assertEquals(2, VoiceRelease.withheld(List.of(no, no), a));
        }
    }

    @Test
    void partnersGetQuotableAndPublishableVoicesThePublicOnlyPublishable() {
        List<Voice> all = List.of(no, quote, publish, named);
        assertEquals(List.of("may be quoted", "may be published", "named and published"),
                VoiceRelease.release(all, Audience.PARTNERS).stream().map(VoiceRelease.Quote::text).toList());
        assertEquals(List.of("may be published", "named and published"),
                VoiceRelease.release(all, Audience.PUBLIC).stream().map(VoiceRelease.Quote::text).toList());
        assertEquals(2, VoiceRelease.withheld(all, Audience.PUBLIC));
        assertEquals(Audience.PUBLIC, VoiceRelease.release(all, Audience.PUBLIC).get(0).audience());
    }

    @Test
    void aSpeakerIsNamedOnlyWhenTheyAgreedToBe() {
        List<VoiceRelease.Quote> out = VoiceRelease.release(List.of(publish, named), Audience.PUBLIC);
        assertEquals("carer, Greenstead", out.get(0).attribution());
        assertFalse(out.get(0).toString().contains("Pat"));
        assertEquals("Pat Reynolds (carer, Greenstead)", out.get(1).attribution());
    }

    @Test
    void consentLevelsAreOrdered() {
        assertTrue(VoiceConsent.PUBLISH.allows(VoiceConsent.QUOTE));
        assertFalse(VoiceConsent.QUOTE.allows(VoiceConsent.PUBLISH));
        assertFalse(VoiceConsent.NO.allows(VoiceConsent.QUOTE));
    }
}
