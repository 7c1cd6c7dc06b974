package org.assetatlas.model;

import java.util.List;

/** The themes a new project starts with; each project edits its own list. */
public final class FactorThemes {

    /** Transport: the theme treated as a first-class enabler throughout the app. */
    public static final String TRANSPORT = "Transport";

    /** The starting list, in display order. */
    public static final List<String> DEFAULTS = List.of(TRANSPORT, "Unpaid carers", "Community safety",
            "Awareness and information", "Advocacy", "Digital access", "Cost", "Language", "Physical access",
            "Opening hours", "Stigma");

    private FactorThemes() {
    }
}
