package org.assetatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Area;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.AssetStatus;
import org.assetatlas.model.Labelled;
import org.assetatlas.service.AtlasProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code list FILE}: one asset per line, tab-separated, optionally filtered. */
@Command(name = "list", description = {"List assets, one per line.",
    "Tab-separated: id, name, kind, category, area, domains, postcode."})
final class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project file")
    Path file;

    @Option(names = "--domain", paramLabel = "D", description = "only assets in this domain, e.g. \"Age Well\"")
    String domain;

    @Option(names = "--area", paramLabel = "A", description = "only assets in this area (name or code)")
    String area;

    @Option(names = "--category", paramLabel = "C", description = "only this ABCD category, e.g. associations")
    String category;

    @Option(names = "--status", paramLabel = "S", description = "only this status: active, paused or closed")
    String status;

    @Option(names = "--search", paramLabel = "WORDS", description = "only assets matching these words")
    String search;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AtlasProject p = AtlasProject.open(file)) {
            AssetQuery q = AssetQuery.all().withText(search);
            if (domain != null) {
                String d = p.framework().find(domain).orElseThrow(() -> new IllegalArgumentException(
                        "Unknown domain \"" + domain + "\"; the project has: " + String.join(", ", p.framework().names())))
                        .name();
                q = q.withDomain(d);
            }
            if (area != null) {
                Area a = p.area(area).orElseThrow(() -> new IllegalArgumentException("Unknown area \"" + area + "\""));
                q = q.withArea(a.code());
            }
            if (category != null) {
                AbcdCategory c = Labelled.parse(AbcdCategory.class, category);
                if (c == null) {
                    throw new IllegalArgumentException("Unknown category \"" + category + "\"");
                }
                q = q.withCategory(c);
            }
            if (status != null) {
                AssetStatus s = Labelled.parse(AssetStatus.class, status);
                if (s == null) {
                    throw new IllegalArgumentException("Unknown status \"" + status + "\" (active, paused or closed)");
                }
                q = q.withStatus(s);
            }
            Map<String, String> areaNames = new HashMap<>();
            for (Area a : p.areas()) {
                areaNames.put(a.code(), a.name());
            }
            for (Asset a : p.assets().find(q)) {
                out.println(String.join("\t", a.uid(), a.name(), a.kind().code(), a.category().code(),
                        a.areaCode() == null ? "" : areaNames.getOrDefault(a.areaCode(), a.areaCode()),
                        String.join(";", a.domains()), a.postcode()));
            }
        }
        return 0;
    }
}
