package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.assetatlas.geo.BritishNationalGrid;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.AccessFeature;
import org.assetatlas.model.Asset;
import org.assetatlas.model.Framework;
import org.assetatlas.signpost.Answer;
import org.assetatlas.signpost.Need;
import org.assetatlas.signpost.Suggestion;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "near a bus stop" filter: measured distances to the project's stops when it has any, the record otherwise. */
class SignpostBusStopTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 14, 0);

    @TempDir
    Path dir;
    private AtlasProject project;

    @BeforeEach
    void open() {
        project = AtlasProject.create(dir.resolve("b.atlas"), "Stops", Framework.liveWell());
        // 300 m from the stop, but the record does not say so
        project.assets().save(asset("Choir by the stop", 600_300, 225_000, Set.of()));
        // 2 km from the stop, though the record says "near a bus stop"
        project.assets().save(asset("Choir out of town", 602_000, 225_000, Set.of(AccessFeature.NEAR_BUS_STOP)));
        // No location: only the record can say
        project.assets().save(Asset.builder().name("Choir online").category(AbcdCategory.ASSOCIATIONS)
                .domains(List.of("Feel Well")).accessibility(Set.of(AccessFeature.NEAR_BUS_STOP)).build());
    }

    @AfterEach
    void close() {
        project.close();
    }

    private static Asset asset(String name, double e, double n, Set<AccessFeature> access) {
        return Asset.builder().name(name).category(AbcdCategory.ASSOCIATIONS).domains(List.of("Feel Well"))
                .location(BritishNationalGrid.toWgs84(e, n)).accessibility(access).build();
    }

    private List<String> nearBusStop() {
        Answer a = project.signposting().answer(Need.of("choir").nearBusStop(true), NOW);
        return a.suggestions().stream().map(Suggestion::asset).map(Asset::name).sorted().toList();
    }

    @Test
    void withoutStopsTheRecordDecides() {
        assertEquals(List.of("Choir online", "Choir out of town"), nearBusStop());
    }

    @Test
    void withStopsTheMeasuredDistanceDecides() throws IOException {
        assertEquals(List.of("Choir online", "Choir out of town"), nearBusStop(), "the index is built before stops");
        Path csv = dir.resolve("Stops.csv");
        Files.writeString(csv, "ATCOCode,CommonName,Easting,Northing,Status\nS1,High Street,600000,225000,active\n",
                StandardCharsets.UTF_8);
        project.transport().importNaptanCsv(csv, Progress.NONE);
        assertEquals(List.of("Choir by the stop", "Choir online"), nearBusStop());
        // An asset added or moved later is measured too
        project.assets().save(asset("Choir at the corner", 600_000, 225_350, Set.of()));
        assertEquals(List.of("Choir at the corner", "Choir by the stop", "Choir online"), nearBusStop());
    }
}
