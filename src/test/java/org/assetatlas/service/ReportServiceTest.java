package org.assetatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.assetatlas.model.AbcdCategory;
import org.assetatlas.model.Area;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetKind;
import org.assetatlas.model.AssetQuery;
import org.assetatlas.model.Domain;
import org.assetatlas.model.Framework;
import org.assetatlas.report.ReportBranding;
import org.assetatlas.report.ReportEvidence;
import org.assetatlas.report.ReportFormat;
import org.assetatlas.report.ReportRequest;
import org.assetatlas.util.CancelledException;
import org.assetatlas.util.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deep-dive reports on the demo project, read back from the files as a reader or an officer would get them. */
class ReportServiceTest {

    private static final String DOMAIN = "Age Well";
    private static final String AREA = "Colchester North";
    private static final String INDIVIDUAL = "Pat \u2013 volunteer befriender";

    @TempDir
    static Path dir;
    private static AtlasProject demo;
    private static Path pdf;
    private static String pdfText;

    @BeforeAll
    static void build() throws Exception {
        demo = DemoProject.build(dir.resolve("demo.atlas"), Progress.NONE);
        demo.reports().setCallsToAction(DOMAIN, areaCode(), "Map the lunch clubs with no transport\n"
                + "- Pair each surgery with a befriending group");
        pdf = dir.resolve("age-well.pdf");
        demo.reports().write(ReportRequest.of(DOMAIN, areaCode()), ReportFormat.PDF, pdf, Progress.NONE);
        pdfText = text(pdf);
    }

    @AfterAll
    static void close() {
        if (demo != null) {
            demo.close();
        }
    }

    private static String areaCode() {
        return demo.area(AREA).orElseThrow().code();
    }

    private static String text(Path file) throws IOException {
        try (PDDocument d = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    private static String docxText(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }

    private static List<Asset> reported() {
        return demo.assets().find(new AssetQuery(null, DOMAIN, areaCode(), null, null, 0));
    }

    @Test
    void pdfFiguresMatchTheData() {
        List<Asset> assets = reported();
        Area area = demo.area(AREA).orElseThrow();
        assertTrue(assets.size() > 10, "the demo has Age Well assets in Colchester North");
        assertTrue(pdfText.contains(AREA + " has " + assets.size() + " community assets recorded for " + DOMAIN),
                pdfText);
        assertTrue(pdfText.contains(String.format(java.util.Locale.UK, "%,d", area.population())));
        String perThousand = String.format(java.util.Locale.UK, "%.1f", assets.size() * 1000.0 / area.population());
        assertTrue(pdfText.contains(perThousand + " for every 1,000 residents"), perThousand);
        for (AbcdCategory c : AbcdCategory.values()) {
            long n = assets.stream().filter(a -> a.category() == c).count();
            long total = assets.size();
            String share = Math.round(n * 100.0 / total) + "%";
            assertTrue(pdfText.contains(c.label() + " " + n + " " + share), c.label() + " " + n + " " + share);
        }
        assertTrue(pdfText.contains("Map the lunch clubs with no transport"));
        assertTrue(pdfText.contains("Pair each surgery with a befriending group"));
        assertTrue(pdfText.contains("Open Government Licence"), "attribution is printed");
    }

    @Test
    void pdfHasBookmarksEmbeddedFontsAndTags() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            List<String> marks = new ArrayList<>();
            for (PDOutlineItem i : d.getDocumentCatalog().getDocumentOutline().children()) {
                marks.add(i.getTitle());
            }
            assertTrue(marks.contains("1. At a glance"), marks.toString());
            assertTrue(marks.contains("Appendix A. Asset directory"), marks.toString());
            assertNotNull(d.getDocumentCatalog().getStructureTreeRoot(), "tagged PDF");
            assertEquals("Age Well in Colchester North", d.getDocumentInformation().getTitle());
            assertTrue(d.getDocumentCatalog().getLanguage().startsWith("en"));
            for (PDPage page : d.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertTrue(f.isEmbedded(), f.getName() + " embedded");
                }
            }
        }
    }

    @Test
    void titlePageAndMapRenderAsPictures() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer r = new PDFRenderer(d);
            BufferedImage cover = r.renderImageWithDPI(0, 40);
            int band = cover.getRGB(cover.getWidth() / 2, cover.getHeight() / 10) & 0xFFFFFF;
            assertEquals(ReportBranding.rgb(ReportBranding.DEFAULT_PRIMARY), band, "title band in the brand colour");
            int mapPage = pageOf(d, "2. Map of assets");
            BufferedImage map = r.renderImageWithDPI(mapPage, 60);
            int coloured = 0;
            for (int y = 0; y < map.getHeight(); y++) {
                for (int x = 0; x < map.getWidth(); x++) {
                    if (near(map.getRGB(x, y), AbcdCategory.ASSOCIATIONS.rgb())) {
                        coloured++;
                    }
                }
            }
            assertTrue(coloured > 20, "association dots drawn on the map: " + coloured);
        }
    }

    private static int pageOf(PDDocument d, String bookmark) throws IOException {
        for (PDOutlineItem i : d.getDocumentCatalog().getDocumentOutline().children()) {
            if (i.getTitle().equals(bookmark)) {
                return d.getPages().indexOf(i.findDestinationPage(d));
            }
        }
        throw new AssertionError("no bookmark " + bookmark);
    }

    private static boolean near(int argb, int rgb) {
        int dr = Math.abs(((argb >> 16) & 0xFF) - ((rgb >> 16) & 0xFF));
        int dg = Math.abs(((argb >> 8) & 0xFF) - ((rgb >> 8) & 0xFF));
        int db = Math.abs((argb & 0xFF) - (rgb & 0xFF));
        return dr + dg + db < 40;
    }

    @Test
    void individualsAreLeftOutUnlessChosen() throws IOException {
        assertTrue(reported().stream().anyMatch(a -> a.name().equals(INDIVIDUAL)), "the demo has the individual");
        assertFalse(pdfText.contains(INDIVIDUAL), "no individual's name in the PDF by default");
        long individuals = reported().stream().filter(a -> a.kind() == AssetKind.INDIVIDUAL).count();
        assertTrue(pdfText.contains(individuals + (individuals == 1 ? " individual is" : " individuals are")
                + " counted but not listed"));

        Path docx = dir.resolve("default.docx");
        demo.reports().write(ReportRequest.of(DOMAIN, areaCode()), ReportFormat.DOCX, docx, Progress.NONE);
        assertFalse(docxText(docx).contains(INDIVIDUAL));
        Path xlsx = dir.resolve("default.xlsx");
        demo.reports().write(ReportRequest.of(DOMAIN, areaCode()), ReportFormat.XLSX, xlsx, Progress.NONE);
        assertFalse(sheetNames(xlsx).contains(INDIVIDUAL));

        Path withPeople = dir.resolve("with-people.pdf");
        demo.reports().write(ReportRequest.of(DOMAIN, areaCode()).withPersonalDetails(true), ReportFormat.PDF,
                withPeople, Progress.NONE);
        assertTrue(text(withPeople).contains(INDIVIDUAL), "listed when the author opts in");
    }

    private static List<String> sheetNames(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> out = new ArrayList<>();
            for (Row r : wb.getSheet("Assets")) {
                out.add(r.getCell(0).getStringCellValue());
            }
            return out;
        }
    }

    @Test
    void spreadsheetListsTheDirectoryAssets() throws IOException {
        Path xlsx = dir.resolve("dir.xlsx");
        demo.reports().write(ReportRequest.of(DOMAIN, areaCode()), ReportFormat.XLSX, xlsx, Progress.NONE);
        List<String> names = sheetNames(xlsx);
        List<String> expected = reported().stream().filter(a -> a.kind() != AssetKind.INDIVIDUAL).map(Asset::name)
                .sorted().toList();
        assertEquals("Name", names.get(0));
        assertEquals(expected, names.subList(1, names.size()).stream().sorted().toList());
    }

    @Test
    void wordDocumentUsesRealHeadingsAndTheSameFigures() throws IOException {
        Path docx = dir.resolve("age-well.docx");
        demo.reports().write(ReportRequest.of(DOMAIN, areaCode()), ReportFormat.DOCX, docx, Progress.NONE);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            List<String> h1 = d.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertTrue(h1.contains("1. At a glance"), h1.toString());
            assertTrue(h1.contains("6. Calls to action"), h1.toString());
            assertEquals("heading 1", d.getStyles().getStyle("Heading1").getName());
            assertTrue(d.getParagraphs().stream().anyMatch(p -> "Title".equals(p.getStyle())
                    && p.getText().equals("Age Well in Colchester North")));
            assertFalse(d.getAllPictures().isEmpty(), "the map is in the document");
        }
        String text = docxText(docx);
        int n = reported().size();
        assertTrue(text.contains(AREA + " has " + n + " community assets recorded for " + DOMAIN), text);
        assertTrue(text.contains("Map the lunch clubs with no transport"));
    }

    @Test
    void voicesWithoutConsentToPublishAreLeftOut() throws IOException {
        AtlasProject p = demo;
        ReportEvidence.Factor bus = new ReportEvidence.Factor("No evening bus to Highwoods",
                "The last bus leaves at 18:10.", "Transport",
                List.of(new ReportEvidence.Evidence("Survey", "Residents' survey 2025",
                        "41% rarely go out after dark")),
                List.of(new ReportEvidence.Voice("I stay in after tea now.", "Resident, 70s", true),
                        new ReportEvidence.Voice("My daughter drives me or I do not go.", "Resident, 80s", false)));
        ReportEvidence ev = new ReportEvidence(List.of(bus), List.of(), List.of(
                new ReportEvidence.Theme("Getting there", "Transport shapes who can take part.",
                        List.of("No evening bus to Highwoods"))));
        p.reports().setEvidenceSource((d, a) -> ev);
        try {
            Path out = dir.resolve("voices.pdf");
            p.reports().write(ReportRequest.of(DOMAIN, areaCode()), ReportFormat.PDF, out, Progress.NONE);
            String t = text(out);
            assertTrue(t.contains("No evening bus to Highwoods"));
            assertTrue(t.contains("I stay in after tea now."));
            assertFalse(t.contains("My daughter drives me"), "a voice without consent is never printed");
            assertTrue(t.contains("Getting there"));
            Path docx = dir.resolve("voices.docx");
            p.reports().write(ReportRequest.of(DOMAIN, areaCode()), ReportFormat.DOCX, docx, Progress.NONE);
            String w = docxText(docx);
            assertTrue(w.contains("I stay in after tea now."));
            assertFalse(w.contains("My daughter drives me"));
        } finally {
            p.reports().setEvidenceSource(new FactorReportEvidence(p.factors(), p.voices()));
        }
    }

    @Test
    void coverageIsSetAgainstTheProjectsOwnImd() {
        org.assetatlas.analysis.AreaMeasure imd = ThematicMaps.imd(demo, demo.assignmentLevel());
        double share = imd.value(areaCode());
        assertFalse(Double.isNaN(share), "the demo's IMD sums up to its neighbourhoods");
        assertTrue(pdfText.contains("Residents in England's most deprived 20% (IMD 2019)"), "column heading");
        assertTrue(pdfText.contains(String.format(java.util.Locale.UK, "%.0f%%", share)), "the area's figure");
        assertFalse(pdfText.contains("No deprivation figures"));
    }

    @Test
    void theProjectsBarriersEnablersAndPublishableVoicesAreReportedAndNoOthers() throws IOException {
        String domain = "Be Well";
        List<org.assetatlas.model.Factor> bearing = demo.factors().factors(domain, null);
        assertFalse(bearing.isEmpty(), "the demo records factors for " + domain);
        Path out = dir.resolve("be-well.pdf");
        demo.reports().write(ReportRequest.of(domain, null), ReportFormat.PDF, out, Progress.NONE);
        String t = text(out);
        int published = 0;
        for (org.assetatlas.model.Factor f : bearing) {
            assertTrue(t.contains(FactorReportEvidence.title(f).replaceAll("\\s+", " ")), FactorReportEvidence.title(f));
            for (var q : demo.voices().release(f, org.assetatlas.analysis.VoiceRelease.Audience.PUBLIC)) {
                assertTrue(t.contains(q.text().replaceAll("\\s+", " ")), q.text());
                published++;
            }
        }
        int withheld = 0;
        for (org.assetatlas.model.Voice v : demo.voices().voices()) {
            if (v.consent() != org.assetatlas.model.VoiceConsent.PUBLISH) {
                assertFalse(t.contains(v.quote().replaceAll("\\s+", " ")), "withheld: " + v.quote());
                withheld++;
            }
        }
        assertTrue(published > 0 && withheld > 0, published + " published, " + withheld + " withheld");
        assertTrue(t.contains("Transport"), "transport is reported as a cross-cutting theme");
    }

    @Test
    void dataSourcesListTheReferenceDataLoadedWithPublisherVintageAndLicence() throws IOException {
        List<org.assetatlas.model.ReferenceSource> loaded = demo.reference().sources();
        assertEquals(3, loaded.size(), loaded.toString());
        int at = pdfText.indexOf("Data sources Dataset Publisher Vintage Licence");
        assertTrue(at > 0, "the Data sources table is in the PDF");
        // a narrow column may break "mid-2015" after its hyphen
        String table = pdfText.substring(at, pdfText.indexOf("Data licences and attribution", at)).replace("- ", "-");
        assertTrue(table.contains("English Indices of Deprivation 2019 Ministry of Housing, Communities and Local"
                + " Government 2019 Open Government Licence v3.0"), table);
        assertTrue(table.contains("OS Code-Point Open Ordnance Survey"), table);
        assertTrue(table.contains("mid-2015"), table);
        assertTrue(pdfText.contains("Residents: Population denominators, English Indices of Deprivation 2019 (File 6),"
                + " from ONS mid-year estimates (mid-"), "the method note says where residents come from");
        Path docx = dir.resolve("sources.docx");
        demo.reports().write(ReportRequest.of(DOMAIN, areaCode()), ReportFormat.DOCX, docx, Progress.NONE);
        String w = docxText(docx);
        assertTrue(w.contains("Data sources"), "Word report has the section");
        for (org.assetatlas.model.ReferenceSource s : loaded) {
            assertTrue(w.contains(s.title() + "\t" + s.publisher()), s.title() + " in:\n" + w);
        }
    }

    @Test
    void aDatasetLoadedFromTwoFilesIsListedOnce() throws IOException {
        try (AtlasProject t = TendringFixture.build(dir.resolve("tendring-sources.atlas"))) {
            t.reference().importDeprivation(Path.of("data/reference/iod2019_file1_imd_colchester_tendring.csv"),
                    Progress.NONE);
            t.reference().importDeprivation(Path.of("data/reference/iod2019_file2_domains_colchester_tendring.csv"),
                    Progress.NONE);
            assertEquals(2, t.reference().sources().size());
            var listed = t.reports().content(ReportRequest.of(null, null), Progress.NONE).dataSources();
            assertEquals(List.of("English Indices of Deprivation 2019"),
                    listed.stream().map(org.assetatlas.model.ReferenceSource::title).toList());
        }
    }

    @Test
    void unknownDomainOrAreaIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> demo.reports().content(ReportRequest.of("Sleep Well", null), Progress.NONE));
        assertTrue(e.getMessage().contains("Sleep Well") && e.getMessage().contains("Age Well"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> demo.reports().content(ReportRequest.of(DOMAIN, "Atlantis"), Progress.NONE));
    }

    @Test
    void changeIsMeasuredAgainstTheLatestSnapshot(@TempDir Path tmp) throws IOException {
        try (AtlasProject p = DemoProject.build(tmp.resolve("snap.atlas"), Progress.NONE)) {
            assertEquals(null, p.reports().content(ReportRequest.of(DOMAIN, null), Progress.NONE).summary().baseline());
            p.reports().recordSnapshot("before the lunch club");
            Asset club = Asset.builder().name("New lunch club").category(AbcdCategory.ASSOCIATIONS)
                    .kind(AssetKind.GROUP).domains(List.of(DOMAIN)).build();
            p.assets().save(club);
            var s = p.reports().content(ReportRequest.of(DOMAIN, null), Progress.NONE).summary();
            assertNotNull(s.baseline());
            assertEquals(s.assets() - 1, s.baseline().assets());
            var assoc = s.byCategory().stream().filter(c -> c.label().equals("Associations")).findFirst().orElseThrow();
            assertEquals(1L, assoc.change());
        }
    }

    @Test
    void callsToActionAreKeptPerDomainAndArea(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("cta.atlas");
        try (AtlasProject p = DemoProject.build(file, Progress.NONE)) {
            p.reports().setCallsToAction(DOMAIN, null, "1. Everywhere: a warm-space map");
            p.reports().setCallsToAction(null, null, "");
            p.reports().setBranding(new ReportBranding("Colchester Partnership", "#003366", "#FF9900",
                    "OFFICIAL", null));
        }
        try (AtlasProject p = AtlasProject.open(file)) {
            assertEquals("1. Everywhere: a warm-space map", p.reports().callsToAction(DOMAIN, null));
            assertEquals(List.of("Everywhere: a warm-space map"),
                    p.reports().actionsFor(DOMAIN, "NBH-COLCHESTER-NORTH"));
            assertEquals(List.of(), p.reports().actionsFor("Start Well", "NBH-COLCHESTER-NORTH"));
            assertEquals("Colchester Partnership", p.reports().branding().organisation());
            assertEquals("#003366", p.reports().branding().primary());
        }
    }

    @Test
    void atlasWritesOneFilePerDomainAndAreaAndAJoinedPdf(@TempDir Path tmp) throws IOException {
        try (AtlasProject p = DemoProject.build(tmp.resolve("atlas.atlas"), Progress.NONE)) {
            p.setFramework(new Framework("Two", List.of(new Domain("Age Well", ""), new Domain("Start Well", ""))));
            Path out = tmp.resolve("out");
            ReportService.AtlasResult r = p.reports().writeAtlas(out, EnumSet.of(ReportFormat.PDF, ReportFormat.XLSX),
                    false, Progress.NONE);
            List<String> names;
            try (var files = Files.list(out)) {
                names = files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
            }
            assertEquals(3 * 2 * 2 + 1, names.size(), names.toString());
            assertTrue(names.contains("colchester-north_age-well.pdf"), names.toString());
            assertTrue(names.contains("colchester-south_start-well.xlsx"), names.toString());
            try (PDDocument d = Loader.loadPDF(r.combinedPdf().toFile())) {
                List<String> groups = new ArrayList<>();
                int reports = 0;
                for (PDOutlineItem g : d.getDocumentCatalog().getDocumentOutline().children()) {
                    groups.add(g.getTitle());
                    for (PDOutlineItem c : g.children()) {
                        reports++;
                        assertTrue(c.children().iterator().hasNext(), "sections under " + c.getTitle());
                    }
                }
                assertEquals(List.of("Colchester Central", "Colchester North", "Colchester South"), groups);
                assertEquals(6, reports);
                String t = new PDFTextStripper().getText(d);
                assertTrue(t.contains("Start Well") && t.contains("Colchester South"));
            }
        }
    }

    @Test
    void cancellingTheAtlasLeavesNoFiles(@TempDir Path tmp) throws IOException {
        try (AtlasProject p = DemoProject.build(tmp.resolve("cancel.atlas"), Progress.NONE)) {
            Path out = tmp.resolve("out");
            int[] calls = {0};
            Progress stopAfterTwo = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    calls[0]++;
                }

                @Override
                public boolean cancelled() {
                    return calls[0] > 2;
                }
            };
            assertThrows(CancelledException.class,
                    () -> p.reports().writeAtlas(out, EnumSet.of(ReportFormat.PDF), false, stopAfterTwo));
            try (var files = Files.list(out)) {
                assertEquals(0, files.count());
            }
        }
    }

    @Test
    void atlasGivesAreasWhoseNamesMakeTheSameFileNameDistinctFilesAndCountsWhatIsOnDisk(@TempDir Path tmp)
            throws IOException {
        try (AtlasProject p = DemoProject.build(tmp.resolve("same.atlas"), Progress.NONE)) {
            p.setFramework(new Framework("One", List.of(new Domain("Age Well", ""))));
            Area central = p.area("Colchester Central").orElseThrow();
            p.saveAreas(List.of(new Area(central.code(), "Colchester (North)", central.level(), central.parentCode(),
                    central.population(), central.geometry(), central.note())), Progress.NONE);
            Path out = tmp.resolve("out");

            ReportService.AtlasResult r = p.reports().writeAtlas(out, EnumSet.of(ReportFormat.PDF), false,
                    Progress.NONE);

            List<Path> onDisk;
            try (var files = Files.list(out)) {
                onDisk = files.sorted().collect(Collectors.toList());
            }
            assertEquals(r.files().stream().sorted().collect(Collectors.toList()), onDisk);
            assertEquals(3 + 1, onDisk.size(), onDisk.toString());
        }
    }

    @Test
    void aCancelledAtlasLeavesTheEarlierOneWholeAndNoHiddenFiles(@TempDir Path tmp) throws IOException {
        try (AtlasProject p = DemoProject.build(tmp.resolve("again.atlas"), Progress.NONE)) {
            p.setFramework(new Framework("One", List.of(new Domain("Age Well", ""))));
            Path out = tmp.resolve("out");
            ReportService.AtlasResult first = p.reports().writeAtlas(out, EnumSet.of(ReportFormat.PDF), false,
                    Progress.NONE);
            List<Path> before;
            try (var files = Files.list(out)) {
                before = files.sorted().collect(Collectors.toList());
            }
            assertEquals(first.files().size(), before.size());
            int[] calls = {0};
            Progress stopAfterTwo = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    calls[0]++;
                }

                @Override
                public boolean cancelled() {
                    return calls[0] > 2;
                }
            };

            assertThrows(CancelledException.class,
                    () -> p.reports().writeAtlas(out, EnumSet.of(ReportFormat.PDF), false, stopAfterTwo));

            try (var files = Files.list(out)) {
                assertEquals(before, files.sorted().collect(Collectors.toList()));
            }
            try (var files = Files.list(tmp)) {
                assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith("."))
                        .collect(Collectors.toList()));
            }
        }
    }

    @Test
    void spreadsheetKeepsFormulaLikeTextAsQuotePrefixedText(@TempDir Path tmp) throws IOException {
        String formula = "=HYPERLINK(\"http://x.example\",\"click\")";
        try (AtlasProject p = DemoProject.build(tmp.resolve("formula.atlas"), Progress.NONE)) {
            String area = p.area(AREA).orElseThrow().code();
            Asset listed = p.assets().find(AssetQuery.all()).stream()
                    .filter(a -> area.equals(a.areaCode()) && a.domains().contains(DOMAIN)
                            && a.kind() != AssetKind.INDIVIDUAL)
                    .findFirst().orElseThrow();
            p.assets().save(listed.toBuilder().name(formula).build());
            Path xlsx = tmp.resolve("formula.xlsx");

            p.reports().write(ReportRequest.of(DOMAIN, area), ReportFormat.XLSX, xlsx, Progress.NONE);

            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Row row = null;
                for (Row r : wb.getSheet("Assets")) {
                    if (formula.equals(r.getCell(0).getStringCellValue())) {
                        row = r;
                    }
                }
                assertNotNull(row, "the renamed asset is listed with its name unchanged");
                assertTrue(row.getCell(0).getCellStyle().getQuotePrefixed());
                assertFalse(row.getCell(1).getCellStyle().getQuotePrefixed());
            }
        }
    }
}
