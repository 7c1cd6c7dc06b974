package org.assetatlas.analysis;

import java.util.Collection;
import java.util.List;
import org.assetatlas.model.Voice;
import org.assetatlas.model.VoiceConsent;

/**
 * The one place that decides which residents' words may leave the app. Every export, report or copy of voices must
 * take them through {@link #releasable} (or {@link #mayRelease}) for the audience it is written for; nothing else
 * in the app reads {@link Voice#consent()} to decide this.
 *
 * <p>The rules:
 * <ul>
 *   <li>a voice whose consent is {@link VoiceConsent#NO} is never released, to any audience;</li>
 *   <li>{@link Audience#PARTNERS} (exports and working papers shared with partners) receives voices that
 *       {@link VoiceConsent#QUOTE may be quoted} or {@link VoiceConsent#PUBLISH published};</li>
 *   <li>{@link Audience#PUBLIC} (published reports) receives only voices that
 *       {@link VoiceConsent#PUBLISH may be published};</li>
 *   <li>a released voice is attributed by {@link Voice#attribution()}: the speaker's name only when they agreed to
 *       be named (a name is stored only then), otherwise the anonymous description.</li>
 * </ul>
 *
 * <p>What leaves the app is a {@link Quote}, which only this class can make: writers and reports take quotes, not
 * voices, so a voice without consent cannot reach them by mistake. Reports call
 * {@code VoiceRelease.release(voices, Audience.PUBLIC)} and print each quote's {@link Quote#text()} with its
 * {@link Quote#attribution()}.
 */
public final class VoiceRelease {

    /** Who will read what is released. */
    public enum Audience {
        /** Partners and working documents: quotes that may be quoted or published. */
        PARTNERS(VoiceConsent.QUOTE),
        /** Published reports and anything public: only quotes that may be published. */
        PUBLIC(VoiceConsent.PUBLISH);

        private final VoiceConsent needed;

        Audience(VoiceConsent needed) {
            this.needed = needed;
        }

        /** The least consent a voice needs to reach this audience. */
        public VoiceConsent needed() {
            return needed;
        }
    }

    private VoiceRelease() {
    }

    /**
     * A resident's words cleared for an audience: the only form in which voices leave the app. It carries the
     * attribution that may be shown, never a name the speaker did not agree to.
     */
    public static final class Quote {
        private final Voice voice;
        private final Audience audience;

        private Quote(Voice voice, Audience audience) {
            this.voice = voice;
            this.audience = audience;
        }

        /** The words. */
        public String text() {
            return voice.quote();
        }

        /** Who said it, as it may be shown (see {@link Voice#attribution()}). */
        public String attribution() {
            return voice.attribution();
        }

        /** When it was said, or null. */
        public java.time.LocalDate date() {
            return voice.date();
        }

        public List<String> domains() {
            return voice.domains();
        }

        public List<String> areaCodes() {
            return voice.areaCodes();
        }

        /** The factors it speaks to, by id. */
        public List<Long> factorIds() {
            return voice.factorIds();
        }

        /** The evidence source it was gathered in, or 0. */
        public long evidenceId() {
            return voice.evidenceId();
        }

        /** Made up for demonstration: say so wherever it is shown. */
        public boolean illustrative() {
            return voice.illustrative();
        }

        /** The audience it was cleared for. */
        public Audience audience() {
            return audience;
        }

        @Override
        public String toString() {
            return "\u201c" + text() + "\u201d \u2014 " + attribution();
        }
    }

    /**
     * The voices that may be given to the audience, as quotes, in their order; the rest are left out. This is the
     * call every export and report makes.
     */
    public static List<Quote> release(Collection<Voice> voices, Audience audience) {
        return voices.stream().filter(v -> mayRelease(v, audience)).map(v -> new Quote(v, audience)).toList();
    }

    /** Whether the voice may be given to the audience; never for a voice without consent. */
    public static boolean mayRelease(Voice v, Audience audience) {
        return v.consent() != VoiceConsent.NO && v.consent().allows(audience.needed());
    }

    /** The voices that may be given to the audience, in their order; the rest are left out. */
    public static List<Voice> releasable(Collection<Voice> voices, Audience audience) {
        return voices.stream().filter(v -> mayRelease(v, audience)).toList();
    }

    /** How many of the voices are held back from the audience, for a note such as "3 quotes withheld". */
    public static int withheld(Collection<Voice> voices, Audience audience) {
        return (int) voices.stream().filter(v -> !mayRelease(v, audience)).count();
    }
}
