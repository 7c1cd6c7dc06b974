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

    /**
     * Southend-on-Sea's 2050 ambition themes, which the borough uses to frame its outcomes in place of the life
     * course: five themes, each in plain English.
     */
    public static Framework southend2050() {
        return new Framework("Southend 2050", List.of(
                new Domain("Pride and Joy", "People are proud of where they live and enjoy its culture, heritage and"
                        + " seafront."),
                new Domain("Safe and Well", "People feel safe, live in good homes and lead healthy, independent"
                        + " lives."),
                new Domain("Active and Involved", "People take part in their community, volunteer and help shape"
                        + " local services."),
                new Domain("Opportunity and Prosperity", "People can learn, find good work and share in a thriving"
                        + " local economy."),
                new Domain("Connected and Smart", "People can get around easily and use digital services with"
                        + " confidence.")));
    }

    /**
     * A framework the partnership writes itself: the names in order, with no definitions yet.
     *
     * @throws IllegalArgumentException when the list is empty, a name is blank or two names are the same
     */
    public static Framework custom(String name, List<String> domainNames) {
        if (domainNames.isEmpty()) {
            throw new IllegalArgumentException("A framework needs at least one domain");
        }
        List<Domain> list = new ArrayList<>();
        for (String n : domainNames) {
            list.add(new Domain(n, ""));
        }
        return new Framework(name == null || name.isBlank() ? "Our domains" : name.strip(), list);
    }

    /**
     * A preset by its short key: {@code live-well} or {@code southend-2050}.
     *
     * @throws IllegalArgumentException for any other key
     */
    public static Framework preset(String key) {
        String k = key == null ? "" : Labelled.squash(key);
        if (k.equals(Labelled.squash("live-well"))) {
            return liveWell();
        }
        if (k.equals(Labelled.squash("southend-2050"))) {
            return southend2050();
        }
        throw new IllegalArgumentException("Unknown framework \"" + key + "\"; choose live-well, southend-2050 or"
                + " custom");
    }

    /** The domains in use, in order: the ones to offer in pick lists and for new tagging. */
    public List<Domain> current() {
        return domains.stream().filter(d -> !d.retired()).toList();
    }

    /** The names of the domains in use, in order. */
    public List<String> currentNames() {
        return current().stream().map(Domain::name).toList();
    }

    /** True when the framework has this domain (ignoring case and punctuation) and it is retired. */
    public boolean isRetired(String name) {
        return find(name).map(Domain::retired).orElse(false);
    }

    /** The domain names in order, retired ones included (reports still count them). */
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
