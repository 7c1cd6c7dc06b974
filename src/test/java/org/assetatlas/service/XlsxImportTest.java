package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assetatlas.io.AssetImportException;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.Framework;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spreadsheets come in as Excel workbooks more often than CSV: the same messy rows give the same assets from either,
 * through the same import; a damaged, disguised or bomb workbook is refused in plain words with nothing imported.
 */
class XlsxImportTest {

    @TempDir
    Path dir;

    private List<CSVRecord> messyRows() throws Exception {
        try (InputStream in = XlsxImportTest.class.getResourceAsStream("/messy/tendring-partners-messy.csv")) {
            return CSVFormat.RFC4180.parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        }
    }

    /** The messy rows as a workbook: a notes sheet first, numbers and dates as Excel holds them. */
    private Path workbook() throws Exception {
        Path file = dir.resolve("partners.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Read me").createRow(0).createCell(0).setCellValue("Partners' list, updated by hand");
            XSSFSheet sheet = wb.createSheet("Assets");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            List<CSVRecord> rows = messyRows();
            List<String> header = rows.get(0).toList();
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r + 2); // two blank rows above, as people leave them
                List<String> cells = rows.get(r).toList();
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    if (v.isEmpty()) {
                        continue; // a blank cell is no cell at all in the file
                    }
                    String col = header.get(c);
                    if (r > 0 && (col.equals("latitude") || col.equals("longitude"))) {
                        row.createCell(c).setCellValue(Double.parseDouble(v));
                    } else if (r > 0 && col.equals("last_verified")) {
                        var cell = row.createCell(c);
                        cell.setCellValue(LocalDate.parse(v));
                        cell.setCellStyle(date);
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    private Path csv() throws Exception {
        Path file = dir.resolve("partners.csv");
        try (InputStream in = XlsxImportTest.class.getResourceAsStream("/messy/tendring-partners-messy.csv")) {
            Files.copy(in, file);
        }
        return file;
    }

    private static List<Asset> imported(AtlasProject p) {
        return p.assets().find(AssetQuery.all()).stream().sorted(Comparator.comparing(Asset::name)).toList();
    }

    @Test
    void aWorkbookGivesTheSameAssetsAsTheSameRowsInCsv() throws Exception {
        try (AtlasProject fromCsv = AtlasProject.create(dir.resolve("csv.atlas"), "CSV", Framework.liveWell());
             AtlasProject fromXlsx = AtlasProject.create(dir.resolve("xlsx.atlas"), "XLSX", Framework.liveWell())) {
            ImportReport a = fromCsv.transfer().importCsv(csv(), Progress.NONE);
            ImportReport b = fromXlsx.transfer().importCsv(workbook(), Progress.NONE);
            assertEquals(a.imported(), b.imported());
            assertEquals(0, b.rejected());
            assertEquals(a.toCheck(), b.toCheck());
            List<Asset> x = imported(fromCsv);
            List<Asset> y = imported(fromXlsx);
            assertEquals(x.size(), y.size());
            for (int i = 0; i < x.size(); i++) {
                Asset p = x.get(i).toBuilder().uid("same").build();
                Asset q = y.get(i).toBuilder().uid("same").build();
                assertTrue(p.sameContent(q), x.get(i) + " vs " + y.get(i) + ": " + x.get(i).lastVerified() + "/"
                        + y.get(i).lastVerified() + " " + x.get(i).location() + "/" + y.get(i).location());
            }
            assertEquals(LocalDate.of(2024, 6, 30), y.stream().filter(s -> s.name().startsWith("Walton"))
                    .findFirst().orElseThrow().lastVerified(), "a date cell read as the date it shows");
        }
    }

    @Test
    void aBadRowInAWorkbookIsReportedByItsRowNumber() throws Exception {
        Path file = dir.resolve("bad.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet s = wb.createSheet("Sheet1");
            s.createRow(0).createCell(0).setCellValue("Name");
            s.getRow(0).createCell(1).setCellValue("Latitude");
            s.createRow(1).createCell(0).setCellValue("Hall");
            s.createRow(4).createCell(1).setCellValue(51.9); // no name, on row 5
            wb.write(out);
        }
        try (AtlasProject p = AtlasProject.create(dir.resolve("p.atlas"), "P", Framework.liveWell())) {
            ImportReport r = p.transfer().importCsv(file, Progress.NONE);
            assertEquals(1, r.imported());
            assertEquals(List.of(5L), r.rejects().stream().map(x -> x.line()).toList());
            assertEquals(dir.resolve("bad.rejects.csv"), r.rejectsFile());
        }
    }

    @Test
    void aDisguisedDamagedOrBombWorkbookIsRefusedWithNothingImported() throws Exception {
        Path pdf = dir.resolve("report.xlsx");
        Files.write(pdf, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        Path cut = dir.resolve("cut.xlsx");
        byte[] whole = Files.readAllBytes(workbook());
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path bomb = dir.resolve("bomb.xlsx");
        try (java.util.zip.ZipFile real = new java.util.zip.ZipFile(workbook().toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry e : java.util.Collections.list(real.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().startsWith("xl/worksheets/")) {
                    zip.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                            + "spreadsheetml/2006/main\"><sheetData>").getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 64; i++) {
                        zip.write(spaces); // 64 MB of nothing, a few dozen kilobytes packed
                    }
                    zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream in = real.getInputStream(e)) {
                        in.transferTo(zip);
                    }
                }
            }
        }
        try (AtlasProject p = AtlasProject.create(dir.resolve("p.atlas"), "P", Framework.liveWell())) {
            for (Path f : List.of(pdf, cut, bomb)) {
                AssetImportException e = assertThrows(AssetImportException.class,
                        () -> p.transfer().importCsv(f, Progress.NONE), f.toString());
                assertFalse(e.getMessage().contains("Exception"), e.getMessage());
                assertFalse(e.getMessage().contains("org.apache"), e.getMessage());
                assertEquals(0, p.assets().count());
            }
            AssetImportException e = assertThrows(AssetImportException.class,
                    () -> p.transfer().importCsv(bomb, Progress.NONE));
            assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
        }
    }
}
