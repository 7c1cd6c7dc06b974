package org.assetatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assetatlas.geo.BritishNationalGrid;
import org.assetatlas.model.BusStop;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NaptanStopsTest {

    @TempDir
    Path dir;

    private Path csv(String text) throws IOException {
        Path p = dir.resolve("Stops.csv");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static final String HEADER = "ATCOCode,NaptanCode,CommonName,Street,Indicator,Easting,Northing,"
            + "Longitude,Latitude,StopType,Status\n";

    @Test
    void readsGoodRowsAndReportsBadOnesByLine() throws IOException {
        Path p = csv(HEADER
                + "150009DED02,esxadgd,Duck Lane,Long Road West,opp,,,0.9935843,51.9433424,BCT,active\n" // line 2
                + ",esx1,No Code,,,,,0.9,51.9,BCT,active\n" // line 3: no ATCO code
                + "150A,esx2,Bad Lat,,,,,0.9,north,BCT,active\n" // line 4: not a number
                + "150B,esx3,\"Two\nLines\",,,,,0.9,51.9,BCT,inactive\n" // lines 5-6: inactive, skipped
                + "150C,esx4,Grid Only,,,600000,225000,,,BCT,act\n" // line 7: from easting/northing
                + "150D,esx5,Nowhere,,,,,,,BCT,active\n" // line 8: no position
                + "150E,esx6,Paris,,,,,2.35,48.85,BCT,active\n"); // line 9: outside the UK
        NaptanStops.Result r = NaptanStops.readCsv(p, BritishNationalGrid::toWgs84, Progress.NONE);
        assertEquals(List.of("150009DED02", "150C"), r.stops().stream().map(BusStop::atcoCode).toList());
        assertEquals(1, r.inactive());
        assertEquals(List.of(3L, 4L, 8L, 9L), r.problems().stream().map(NaptanStops.Problem::line).toList());
        assertTrue(r.problems().get(0).reason().contains("ATCOCode"), r.problems().get(0).reason());
        assertTrue(r.problems().get(1).reason().contains("north"), r.problems().get(1).reason());
        BusStop duck = r.stops().get(0);
        assertEquals("Duck Lane (opp), Long Road West", duck.label());
        assertEquals(51.9433424, duck.location().lat(), 1e-9);
        double[] en = BritishNationalGrid.fromWgs84(r.stops().get(1).location());
        assertEquals(600_000, en[0], 0.01);
        assertEquals(225_000, en[1], 0.01);
    }

    @Test
    void refusesAFileThatIsNotNaptan() throws IOException {
        Path p = csv("name,lat,lon\nLibrary,51.9,0.9\n");
        AssetImportException e = assertThrows(AssetImportException.class,
                () -> NaptanStops.readCsv(p, BritishNationalGrid::toWgs84, Progress.NONE));
        assertTrue(e.getMessage().contains("ATCOCode"), e.getMessage());
        Path q = csv("ATCOCode,CommonName\n150A,Somewhere\n");
        assertThrows(AssetImportException.class,
                () -> NaptanStops.readCsv(q, BritishNationalGrid::toWgs84, Progress.NONE));
    }
}
