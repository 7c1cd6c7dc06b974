package org.assetatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.Area;
import org.assetatlas.model.Asset;
import org.assetatlas.model.Labelled;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.service.SignpostService;
import org.assetatlas.signpost.Answer;
import org.assetatlas.signpost.Need;
import org.assetatlas.signpost.OpenAt;
import org.assetatlas.signpost.Place;
import org.assetatlas.signpost.Suggestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code search FILE "need"}: signposting from the command line. */
@Command(name = "search", description = {"Find help for a need, in plain words, ranked by relevance and distance.",
    "Uses the project's thesaurus (lonely -> befriending, social group, ...) and corrects spelling.",
    "Closed and paused assets are left out unless --include-closed is given."})
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Parameters(index = "1", paramLabel = "NEED", description = "the need in plain words, e.g. \"lonely\"",
            defaultValue = "")
    String need;

    @Option(names = "--near", paramLabel = "PLACE", description = "a postcode, postcode district, area, or LAT,LON")
    String near;

    @Option(names = "--domain", paramLabel = "D", description = "only assets in this domain, e.g. \"Age Well\"")
    String domain;

    @Option(names = "--area", paramLabel = "A", description = "only assets in this area (name or code)")
    String area;

    @Option(names = "--open", paramLabel = "WHEN", description = "only assets open then: now, \"tue 14:00\", "
            + "\"today 9:30\", \"2026-12-24 10:00\" (bank holidays count as closed)")
    String open;

    @Option(names = "--free", description = "only free or low-cost assets")
    boolean free;

    @Option(names = "--access", paramLabel = "F", split = ",", description = "only assets with these features, "
            + "e.g. step-free,hearing-loop")
    List<String> access = new ArrayList<>();

    @Option(names = "--age", paramLabel = "YEARS", description = "only assets serving this age")
    Integer age;

    @Option(names = "--self-referral", description = "only assets a resident can contact directly")
    boolean selfReferral;

    @Option(names = "--near-bus-stop", description = "only assets near a bus stop")
    boolean nearBusStop;

    @Option(names = "--include-closed", description = "include paused and closed assets")
    boolean includeClosed;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "at most N results (default 10)")
    int limit;

    @Option(names = "--json", description = "write JSON instead of text")
    boolean json;

    @Option(names = "--log", description = "record the search in the project's anonymous signposting log")
    boolean log;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (AtlasProject p = AtlasProject.open(file)) {
            SignpostService s = p.signposting();
            Need n = Need.of(need).withLimit(limit).freeOrLowCost(free).selfReferral(selfReferral)
                    .nearBusStop(nearBusStop).includeInactive(includeClosed).forAge(age);
            if (near != null) {
                Place place = s.place(near);
                n = n.near(place.point(), place.label());
                if (place.areaCode() != null && area == null) {
                    n = n.inArea(place.areaCode());
                }
            }
            if (domain != null) {
                n = n.inDomain(p.framework().find(domain).orElseThrow(() -> new IllegalArgumentException(
                        "Unknown domain \"" + domain + "\"; the project has: " + String.join(", ",
                                p.framework().names()))).name());
            }
            if (area != null) {
                Area a = p.area(area).orElseThrow(() -> new IllegalArgumentException("Unknown area \"" + area + "\""));
                n = n.inArea(a.code());
            }
            if (open != null) {
                n = n.openAt(OpenAt.parse(open, LocalDateTime.now()));
            }
            if (!access.isEmpty()) {
                Set<AccessFeature> features = EnumSet.noneOf(AccessFeature.class);
                for (String f : access) {
                    AccessFeature a = Labelled.parse(AccessFeature.class, f);
                    if (a == null) {
                        throw new IllegalArgumentException("Unknown accessibility feature \"" + f + "\"");
                    }
                    features.add(a);
                }
                n = n.withAccess(features);
            }
            Answer answer = s.answer(n);
            if (log && !answer.need().text().isBlank()) {
                s.log(answer, answer.suggestions().stream().map(Suggestion::asset).limit(5).toList(), LocalDate.now());
            }
            if (json) {
                ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                out.println(m.writeValueAsString(toJson(answer)));
            } else {
                print(out, answer);
            }
        }
        return 0;
    }

    private static void print(PrintWriter out, Answer a) {
        if (a.corrected() != null) {
            out.println("Showing results for \"" + a.corrected() + "\"");
        }
        if (!a.guidance().isEmpty()) {
            out.println(a.guidance());
        }
        int i = 1;
        for (Suggestion s : a.suggestions()) {
            Asset x = s.asset();
            String distance = s.distanceWords();
            out.println(i++ + ". " + x.name() + (distance.isEmpty() ? "" : "  (" + distance + ")")
                    + (s.unverified() ? "  [not checked in the last 12 months]" : "")
                    + (x.status() != org.assetatlas.model.AssetStatus.ACTIVE ? "  [" + x.status().label() + "]" : ""));
            out.println("   why: " + s.why());
            out.println("   " + s.today() + " | " + s.cost() + (s.access().isEmpty() ? "" : " | " + s.access()));
            String contact = String.join("  ", List.of(x.phone(), x.email(), x.website()).stream()
                    .filter(t -> !t.isEmpty()).toList());
            if (!contact.isEmpty()) {
                out.println("   " + contact);
            }
        }
    }

    private static Map<String, Object> toJson(Answer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("need", a.need().text());
        m.put("corrected", a.corrected());
        m.put("guidance", a.guidance());
        m.put("good", a.good());
        m.put("wordings", a.wordings());
        List<Map<String, Object>> results = new ArrayList<>();
        for (Suggestion s : a.suggestions()) {
            Asset x = s.asset();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", x.uid());
            r.put("name", x.name());
            r.put("distance_m", Double.isNaN(s.distanceMetres()) ? null : Math.round(s.distanceMetres()));
            r.put("distance", s.distanceWords());
            r.put("why", s.why());
            r.put("today", s.today());
            r.put("cost", s.cost());
            r.put("access", s.access());
            r.put("unverified", s.unverified());
            r.put("status", x.status().code());
            r.put("phone", x.phone());
            r.put("email", x.email());
            r.put("website", x.website());
            r.put("address", x.address());
            r.put("postcode", x.postcode());
            r.put("domains", x.domains());
            results.add(r);
        }
        m.put("results", results);
        return m;
    }
}
