package io.kamdesk.adapter.out.fileio;

import static io.kamdesk.adapter.out.fileio.Fixtures.READER;
import static io.kamdesk.adapter.out.fileio.Fixtures.readAll;
import static io.kamdesk.adapter.out.fileio.Fixtures.replaceEntry;
import static io.kamdesk.adapter.out.fileio.Fixtures.unzip;
import static io.kamdesk.adapter.out.fileio.Fixtures.utf8;
import static io.kamdesk.adapter.out.fileio.Fixtures.xlsx;
import static io.kamdesk.adapter.out.fileio.Fixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.fileio.port.out.FileProblem;
import io.kamdesk.application.fileio.port.out.TabularReader.ReadLimits;
import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.fileio.port.out.TabularRows;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import io.kamdesk.application.shared.sheet.FileFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReadingTest {

    /** The business's receivables sheet in small: every kind of cell the import meets. */
    private static byte[] receivables() {
        return xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("Receivables");
            CellStyle customDate = workbook.createCellStyle();
            customDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle builtinDate = workbook.createCellStyle();
            builtinDate.setDataFormat((short) 14);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));

            Row header = sheet.createRow(0);
            String[] titles = {"Name Of Party", "Phone Number", "Phone As Number", "Active Date", "Billing Date",
                "Text Date", "Other Text Date", "Price", "FNA", "Total Bill", "Share", "Rate", "Paid", "Remarks"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            Row row = sheet.createRow(2); // row 3: row 2 is missing (sparse)
            row.createCell(0).setCellValue("রহিম টেলিকম");
            row.createCell(1).setCellValue("01712345678");
            row.createCell(2).setCellValue(8801712345678d);
            row.createCell(3).setCellValue(LocalDate.of(2024, 3, 15));
            row.getCell(3).setCellStyle(customDate);
            row.createCell(4).setCellValue(LocalDate.of(2023, 12, 31));
            row.getCell(4).setCellStyle(builtinDate);
            row.createCell(5).setCellValue("2024-03-15");
            row.createCell(6).setCellValue("15/03/2024");
            row.createCell(7).setCellValue(5000);
            row.getCell(7).setCellStyle(money);
            row.createCell(8).setCellValue(1500.5);
            row.createCell(9).setCellFormula("SUM(H3:I3)");
            row.createCell(10).setCellFormula("0.1+0.2");
            row.createCell(11).setCellValue(1712345678d);
            row.createCell(12).setCellValue(true);
            row.createCell(13).setCellStyle(money); // a styled but empty cell at the end
            Row next = sheet.createRow(9); // row 10
            next.createCell(0).setCellValue("Karim");
            next.createCell(3).setCellFormula("\"IIG\"&\"-QT\"");
            next.createCell(7).setCellValue(0.1);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.createSheet("Second").createRow(0).createCell(0).setCellValue("not read");
        });
    }

    @Test
    void readsTheFirstSheetWithNormalisedCells() {
        List<TabularRow> rows = readAll(receivables());

        assertThat(rows).extracting(TabularRow::number).containsExactly(1, 3, 10);
        assertThat(rows.get(0).cell(0)).isEqualTo("Name Of Party");
        assertThat(rows.get(1).cells()).containsExactly(
                "রহিম টেলিকম", "01712345678", "8801712345678", "2024-03-15", "2023-12-31",
                "2024-03-15", "15/03/2024", "5000", "1500.5", "6500.5", "0.3", "1712345678", "true");
        assertThat(rows.get(1).cell(13)).isEmpty();
        assertThat(rows.get(2).cells()).containsExactly("Karim", "", "", "IIG-QT", "", "", "", "0.1");
        assertThat(rows.get(2).cell(4)).isEmpty();
        assertThat(rows).noneMatch(row -> row.cells().contains("not read"));
    }

    @Test
    void reportsTheFormatAndIteratesLazily() {
        try (TabularRows rows = READER.open(new ByteArrayInputStream(receivables()), ReadLimits.standard())) {
            assertThat(rows.format()).isEqualTo(FileFormat.XLSX);
            assertThat(rows.hasNext()).isTrue();
            assertThat(rows.next().number()).isEqualTo(1);
        }
    }

    @Test
    void datesOfA1904Workbook() {
        byte[] file = xlsx(workbook -> {
            workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) 14);
            Row row = workbook.createSheet().createRow(0);
            row.createCell(0).setCellValue(LocalDate.of(2024, 3, 15));
            row.getCell(0).setCellStyle(date);
        });

        assertThat(readAll(file).get(0).cells()).containsExactly("2024-03-15");
    }

    @Test
    void rowsAndCellsWithoutReferencesFollowOneAnother() {
        String sheet = """
                <?xml version="1.0" encoding="UTF-8"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row><c t="inlineStr"><is><t>a</t></is></c><c><v>1.5E3</v></c></row>
                <row><c t="inlineStr"><is><r><t>rich </t></r><r><t>text</t></r><rPh><t>phonetic</t></rPh></is></c>\
                <c t="b"><v>0</v></c><c t="e"><v>#DIV/0!</v></c><c t="inlineStr"><is><t>'=1+1</t></is></c></row>
                </sheetData></worksheet>""";
        byte[] file = replaceEntry(xlsx(workbook -> workbook.createSheet().createRow(0)),
                "xl/worksheets/sheet1.xml", utf8(sheet));

        List<TabularRow> rows = readAll(file);

        assertThat(rows).extracting(TabularRow::number).containsExactly(1, 2);
        assertThat(rows.get(0).cells()).containsExactly("a", "1500");
        assertThat(rows.get(1).cells()).containsExactly("rich text", "false", "#DIV/0!", "=1+1");
    }

    @Test
    void oversizedCellNamesRowAndColumn() {
        byte[] file = xlsx(workbook -> {
            Row row = workbook.createSheet().createRow(1);
            row.createCell(1).setCellValue("x".repeat(101));
        });

        assertThatThrownBy(() -> readAll(file, new ReadLimits(1_000, 100)))
                .satisfies(Unreadable.because(FileProblem.CELL_TOO_LONG, 2, "B", 100));
    }

    @Test
    void truncatedWorkbook() {
        byte[] file = receivables();

        assertThatThrownBy(() -> readAll(Arrays.copyOf(file, file.length / 2)))
                .satisfies(Unreadable.because(FileProblem.XLSX_DAMAGED));
    }

    @Test
    void zipThatIsNoWorkbook() {
        byte[] file = zip(Map.of("readme.txt", utf8("hello")));

        assertThatThrownBy(() -> readAll(file))
                .satisfies(Unreadable.because(FileProblem.ZIP_NOT_XLSX));
    }

    @Test
    void emptyZip() {
        byte[] empty = zip(Map.of());

        assertThatThrownBy(() -> readAll(empty))
                .satisfies(Unreadable.because(FileProblem.ZIP_NOT_XLSX));
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(receivables());
            }
            fs.writeFilesystem(encrypted);
        }

        assertThatThrownBy(() -> readAll(encrypted.toByteArray()))
                .satisfies(Unreadable.because(FileProblem.PASSWORD_PROTECTED));
    }

    @Test
    void wordDocumentIsNoWorkbook() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("hello");
            document.write(docx);
        }

        assertThatThrownBy(() -> readAll(docx.toByteArray()))
                .satisfies(Unreadable.because(FileProblem.OFFICE_NOT_EXCEL));
    }

    /**
     * About 1-2 s: 300 MB of spaces inside the sheet deflate to about 300 KB. POI's inflate-ratio
     * guard stops reading after the first 100 KB or so; nothing close to 300 MB is ever in memory.
     */
    @Test
    void zipBombIsRefusedNotExpanded() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(unzip(xlsx(workbook -> workbook.createSheet().createRow(0))));
        entries.remove("xl/worksheets/sheet1.xml");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(utf8("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                zip.write(spaces);
            }
            zip.write(utf8("</sheetData></worksheet>"));
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(2_000_000);

        assertThatThrownBy(() -> readAll(bomb))
                .satisfies(Unreadable.becauseOf(FileProblem.ZIP_BOMB));
    }

    @Test
    void externalEntityInSharedStringsIsNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        byte[] plain = xlsx(workbook -> workbook.createSheet().createRow(0).createCell(0).setCellValue("hello"));
        String sharedStrings = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE sst [<!ENTITY xxe SYSTEM "%s">]>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">\
                <si><t>&xxe;</t></si></sst>""".formatted(secret.toUri());
        byte[] hostile = replaceEntry(plain, "xl/sharedStrings.xml", utf8(sharedStrings));

        assertThatThrownBy(() -> readAll(hostile))
                .satisfies(Unreadable.becauseOf(FileProblem.DOCTYPE));
    }

    @Test
    void externalEntityInTheSheetIsNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String sheet = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "%s">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
                <row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>"""
                .formatted(secret.toUri());
        byte[] hostile = replaceEntry(xlsx(workbook -> workbook.createSheet().createRow(0)),
                "xl/worksheets/sheet1.xml", utf8(sheet));

        assertThatThrownBy(() -> readAll(hostile))
                .satisfies(Unreadable.becauseOf(FileProblem.DOCTYPE));
    }

    /** About 2 s: a million and one empty row elements are streamed (never held) before the refusal. */
    @Test
    void aMillionAndOneEmptyRowsBreakTheRowLimitInBoundedMemory() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(unzip(xlsx(workbook -> workbook.createSheet().createRow(0))));
        entries.remove("xl/worksheets/sheet1.xml");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(utf8("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"));
            StringBuilder rows = new StringBuilder();
            for (int r = 1; r <= 1_000_001; r++) {
                rows.append("<row r=\"").append(r).append("\"/>");
                if (rows.length() > 60_000) {
                    zip.write(rows.toString().getBytes(StandardCharsets.US_ASCII));
                    rows.setLength(0);
                }
            }
            zip.write(rows.toString().getBytes(StandardCharsets.US_ASCII));
            zip.write(utf8("</sheetData></worksheet>"));
        }

        assertThatThrownBy(() -> readAll(out.toByteArray()))
                .satisfies(Unreadable.because(FileProblem.TOO_MANY_ROWS, 1_000_000));
    }

    @Test
    void closeDeletesTheTemporaryCopy() throws IOException {
        try (TabularRows rows = READER.open(new ByteArrayInputStream(receivables()), ReadLimits.standard())) {
            assertThat(uploads()).isNotEmpty();
            rows.next();
        }
        assertThat(uploads()).isEmpty();
        assertThatThrownBy(() -> readAll(zip(Map.of("a.txt", utf8("a"))))).isInstanceOf(UnreadableFileException.class);
        assertThat(uploads()).isEmpty();
    }

    static List<Path> uploads() throws IOException {
        try (Stream<Path> files = Files.list(PoiTempFiles.directory())) {
            return files.filter(file -> file.getFileName().toString().startsWith("upload-")).toList();
        }
    }

    @Test
    void columnReferences() {
        assertThat(XlsxRows.columnIndex("A1", -1)).isZero();
        assertThat(XlsxRows.columnIndex("AB12", -1)).isEqualTo(27);
        assertThat(XlsxRows.columnIndex("XFD1048576", -1)).isEqualTo(16_383);
        assertThat(XlsxRows.columnIndex("12", 7)).isEqualTo(7);
        assertThat(Cells.columnName(27)).isEqualTo("AB");
        assertThat(Cells.columnName(16_383)).isEqualTo("XFD");
    }

    @Test
    void numberNormalisation() {
        assertThat(Cells.plainNumber("1.712345678E9")).isEqualTo("1712345678");
        assertThat(Cells.plainNumber("5000.0")).isEqualTo("5000");
        assertThat(Cells.plainNumber("0.1")).isEqualTo("0.1");
        assertThat(Cells.plainNumber("0.30000000000000004")).isEqualTo("0.3");
        assertThat(Cells.plainNumber("-0")).isEqualTo("0");
        assertThat(Cells.plainNumber("1E-7")).isEqualTo("0.0000001");
        assertThat(Cells.plainNumber("1E+999")).isEqualTo("1E+999");
        assertThat(Cells.plainNumber(1.712345678E9)).isEqualTo("1712345678");
    }
}
