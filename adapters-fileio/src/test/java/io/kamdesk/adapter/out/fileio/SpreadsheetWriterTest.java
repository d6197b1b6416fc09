package io.kamdesk.adapter.out.fileio;

import static io.kamdesk.adapter.out.fileio.Fixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.application.shared.sheet.TabularSink;
import io.kamdesk.application.shared.sheet.TabularWriter.Column;
import io.kamdesk.application.shared.sheet.TabularWriter.ColumnType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetWriterTest {

    private static final SpreadsheetWriter WRITER = new SpreadsheetWriter();

    private static final List<Column> COLUMNS = List.of(
            new Column("Name", ColumnType.TEXT),
            new Column("Total Bill", ColumnType.MONEY),
            new Column("NTTN Cap", ColumnType.QUANTITY),
            new Column("Billing Date", ColumnType.DATE),
            new Column("Count", ColumnType.INTEGER));

    private static final List<List<Object>> ROWS = List.of(
            List.of("রহিম টেলিকম", new BigDecimal("5000"), new BigDecimal("2.50"), LocalDate.of(2024, 3, 15), 42L),
            Arrays.asList("Doe, \"John\"\nSr.", new BigDecimal("0.1"), null, null, 7),
            Arrays.asList("=HYPERLINK(\"http://x\")", new BigDecimal("1234567.891"), new BigDecimal("1E+3"),
                    LocalDate.of(1999, 12, 31), null),
            Arrays.asList("+8801712345678", null, null, null, null),
            Arrays.asList("-5", null, null, null, null),
            Arrays.asList("@SUM(A1)", null, null, null, null),
            Arrays.asList("\tTab", null, null, null, null),
            Arrays.asList("\rCR", null, null, null, null),
            Arrays.asList("01712345678", null, null, null, null),
            Arrays.asList(null, null, null, null, null));

    private static byte[] write(FileFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TabularSink sink = WRITER.open(out, format, COLUMNS)) {
            ROWS.forEach(sink::row);
        }
        return out.toByteArray();
    }

    @Test
    void csvIsUtf8WithByteOrderMarkCrlfAndRfc4180Quoting() {
        byte[] csv = write(FileFormat.CSV);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Name,Total Bill,NTTN Cap,Billing Date,Count\r\n"
                + "রহিম টেলিকম,5000.00,2.5,2024-03-15,42\r\n"
                + "\"Doe, \"\"John\"\"\nSr.\",0.10,,,7\r\n");
        assertThat(text).contains("\r\n\"'=HYPERLINK(\"\"http://x\"\")\",1234567.891,1000,1999-12-31,\r\n");
        assertThat(text).endsWith("\r\n01712345678,,,,\r\n,,,,\r\n");
    }

    @Test
    void csvNeutralisesEveryFormulaTrigger() {
        String text = new String(write(FileFormat.CSV), StandardCharsets.UTF_8);

        assertThat(text).contains("\r\n'+8801712345678,", "\r\n'-5,", "\r\n'@SUM(A1),", "\r\n'\tTab,", "\r\n\"'\rCR\",");
    }

    @Test
    void xlsxHasBoldFrozenHeaderAutoFilterNumericMoneyAndRealDates() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(FileFormat.XLSX)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            Cell title = sheet.getRow(0).getCell(0);
            assertThat(title.getStringCellValue()).isEqualTo("Name");
            assertThat(workbook.getFontAt(title.getCellStyle().getFontIndex()).getBold()).isTrue();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E11");

            Cell money = sheet.getRow(1).getCell(1);
            assertThat(money.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(money.getNumericCellValue()).isEqualTo(5000.0);
            assertThat(money.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Cell date = sheet.getRow(1).getCell(3);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(sheet.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(3).getCell(4)).isNull();
            assertThat(sheet.getColumnWidth(0)).isEqualTo(24 * 256);
        }
    }

    @Test
    void roundTripGivesTheSameValuesInBothFormats() {
        for (FileFormat format : List.of(FileFormat.CSV, FileFormat.XLSX)) {
            List<TabularRow> rows = readAll(write(format));

            assertThat(rows).as(format.name()).hasSize(ROWS.size() + 1);
            assertThat(rows.get(0).cells()).containsExactly("Name", "Total Bill", "NTTN Cap", "Billing Date", "Count");
            for (int r = 0; r < ROWS.size(); r++) {
                List<Object> written = ROWS.get(r);
                TabularRow read = rows.get(r + 1);
                assertThat(read.number()).isEqualTo(r + 2);
                assertThat(read.cell(0)).as(format + " row " + (r + 2))
                        .isEqualTo(written.get(0) == null ? "" : written.get(0));
                assertDecimal(read.cell(1), written.get(1), format);
                assertDecimal(read.cell(2), written.get(2), format);
                assertThat(read.cell(3)).isEqualTo(written.get(3) == null ? "" : written.get(3).toString());
                assertThat(read.cell(4)).isEqualTo(written.get(4) == null ? "" : written.get(4).toString());
            }
        }
    }

    private static void assertDecimal(String read, Object written, FileFormat format) {
        if (written == null) {
            assertThat(read).isEmpty();
        } else {
            assertThat(new BigDecimal(read)).as(format.name()).isEqualByComparingTo((BigDecimal) written);
        }
    }

    @Test
    void closingFlushesButLeavesTheCallersStreamOpen() {
        for (FileFormat format : List.of(FileFormat.CSV, FileFormat.XLSX)) {
            boolean[] closed = {false};
            var out = new ByteArrayOutputStream() {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            WRITER.open(out, format, COLUMNS).close();

            assertThat(closed[0]).isFalse();
            assertThat(out.size()).isPositive();
        }
    }

    @Test
    void xlsxSendsItsRowsAsTheyComeAndWritesNothingToDisk() throws IOException {
        List<Path> before = temporaryFiles();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TabularSink sink = WRITER.open(out, FileFormat.XLSX, COLUMNS)) {
            for (int i = 0; i < XlsxSink.FLUSH_EVERY; i++) {
                sink.row(new ArrayList<>(ROWS.get(0)));
            }
            assertThat(out.size()).as("bytes sent before the sink is closed").isPositive();
            assertThat(temporaryFiles()).isEqualTo(before);
        }
        assertThat(readAll(out.toByteArray())).hasSize(XlsxSink.FLUSH_EVERY + 1);
    }

    private static List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(PoiTempFiles.directory())) {
            return files.sorted().toList();
        }
    }

    @Test
    void programmingErrorsFailFast() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> WRITER.open(out, FileFormat.XLS, COLUMNS)).isInstanceOf(IllegalArgumentException.class);
        try (TabularSink sink = WRITER.open(out, FileFormat.CSV, COLUMNS)) {
            assertThatThrownBy(() -> sink.row(List.of("only one"))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> sink.row(List.of("a", "not money", 1, LocalDate.now(), 1L)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Total Bill");
        }
    }
}
