package org.assetatlas.signpost;

import java.util.List;

/**
 * The result of a signposting search.
 *
 * @param need        what was asked (with the place resolved)
 * @param suggestions the assets offered, best first
 * @param guidance    a message to show instead of (or above) results: empty input, nothing found, relaxed words
 * @param corrected   the words searched for after spelling fixes, or null when nothing was changed ("did you mean")
 * @param wordings    the wordings searched (the words as typed and the thesaurus's alternatives)
 * @param good        whether at least one result is a good answer (false = an unmet need)
 */
public record Answer(Need need, List<Suggestion> suggestions, String guidance, String corrected, List<String> wordings,
                     boolean good) {

    public Answer {
        suggestions = List.copyOf(suggestions);
        wordings = List.copyOf(wordings);
        guidance = guidance == null ? "" : guidance;
    }

    /** The guidance shown for empty input. */
    public static final String EMPTY_GUIDANCE = "Type what the person needs in their own words, for example "
            + "\"lonely\", \"carer support\", \"food bank\", \"help with forms\" or \"dementia cafe\". "
            + "Add a postcode to see what is nearest.";

    /** An answer with guidance and no results. */
    public static Answer guidance(Need need, String message) {
        return new Answer(need, List.of(), message, null, List.of(), false);
    }
}
