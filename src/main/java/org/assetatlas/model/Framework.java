package org.assetatlas.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The project's ordered list of domains. The default is the Live Well framework; every project may configure
 * its own.
 */
public record Framework(String name, List<Domain> domains) {

    public Framework {
        domains = List.copyOf(domains);
        Set<String> seen = new LinkedHashSet<>();
        for (Domain d : domains) {
            if (!seen.add(Labelled.squash(d.name()))) {
                throw new IllegalArgumentException("Duplicate domain: " + d.name());
            }
        }
    }

    /** The Live Well framework used across Essex: six domains across the life course. */
    public static Framework liveWell() {
        return new Framework("Live Well", List.of(
                new Domain("Start Well", "Children and young people have the best start in life."),
                new Domain("Stay Well", "Adults with health or care concerns maintain healthy, productive, fulfilling lives."),
                new Domain("Feel Well", "People enjoy mental wellbeing."),
                new Domain("Be Well", "Adults are empowered to make healthy lifestyle choices."),
                new Domain("Age Well", "People live safely and independently as they grow older."),
                new Domain("Die Well", "People nearing the end of life have choice about their care.")));
    }

    /** The domain names in order. */
    public List<String> names() {
        List<String> out = new ArrayList<>(domains.size());
        for (Domain d : domains) {
            out.add(d.name());
        }
        return out;
    }

    /**
     * Finds a domain by name, ignoring case, spaces and punctuation ("age well", "AgeWell" and "Age-Well" all
     * match "Age Well").
     */
    public Optional<Domain> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = Labelled.squash(name);
        return domains.stream().filter(d -> Labelled.squash(d.name()).equals(wanted)).findFirst();
    }
}
