package org.assetatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostcodeLayoutTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Code-Point Open, no header|\"CO15 1AA\",10,617512,214866,E92000001|CODE_POINT_OPEN",
        "Code-Point Open header|Postcode,Positional_quality_indicator,Eastings,Northings|CODE_POINT_OPEN",
        "cut-down Code-Point Open|Postcode,Eastings,Northings,Longitude,Latitude|CODE_POINT_OPEN",
        "ONSPD|pcd,pcd2,pcds,dointr,doterm,oscty,ced,oslaua,osward,oseast1m,osnrth1m,lat,long|ONSPD",
        "NSPL|pcd,pcd2,pcds,dointr,doterm,usertype,oseast1m,osnrth1m,laua,ward,lat,long|NSPL",
        "something else|pcds,lat,long|OTHER"})
    void tellsThePublishedFileFromItsFirstLine(String what, String firstLine, PostcodeCsvReader.Layout expected)
            throws Exception {
        Path csv = Files.writeString(dir.resolve("p.csv"), firstLine + "\n");
        assertEquals(expected, PostcodeCsvReader.layout(csv), what);
    }
}
