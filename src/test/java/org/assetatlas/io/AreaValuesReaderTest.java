package org.assetatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AreaValuesReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsSeveralColumnsInOnePassEachWithItsOwnRejects() throws Exception {
        Path csv = Files.writeString(dir.resolve("iod.csv"), "LSOA code (2011),Rank,Decile\n"
                + "E01000001,\"9,750\",3\n" + "E01000002,n/a,4\n" + "E01000003,120,\n");
        List<AreaValuesReader.Result> r = AreaValuesReader.readColumns(csv, null, List.of("Rank", "Decile"),
                Progress.NONE);
        assertEquals(Map.of("E01000001", 9750.0, "E01000003", 120.0), r.get(0).values());
        assertEquals(Map.of("E01000001", 3.0, "E01000002", 4.0), r.get(1).values());
        assertEquals(List.of(3L), r.get(0).rejects().stream().map(x -> x.line()).toList());
        assertTrue(r.get(0).rejects().get(0).reason().contains("\"n/a\" is not a number (area E01000002, column"
                + " \"Rank\")"), r.get(0).rejects().toString());
        assertEquals(List.of(4L), r.get(1).rejects().stream().map(x -> x.line()).toList());
        assertEquals(3, r.get(1).rows());
        assertEquals("LSOA code (2011)", r.get(1).codeColumn());
    }

    @Test
    void oneColumnKeepsItsShortMessages() throws Exception {
        Path csv = Files.writeString(dir.resolve("one.csv"), "code,value\nA,x\n");
        AreaValuesReader.Result r = AreaValuesReader.read(csv, null, "value", Progress.NONE);
        assertEquals("\"x\" is not a number (area A)", r.rejects().get(0).reason());
    }

    @Test
    void headersAreTheFirstRowAsWritten() throws Exception {
        Path csv = Files.writeString(dir.resolve("h.csv"), "LSOA Code,All Ages,90+\nE01000001,1,0\n");
        assertEquals(List.of("LSOA Code", "All Ages", "90+"), AreaValuesReader.headers(csv));
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThrows(AssetImportException.class, () -> AreaValuesReader.headers(empty));
    }
}
