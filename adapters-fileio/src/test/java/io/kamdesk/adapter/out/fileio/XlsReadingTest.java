package io.kamdesk.adapter.out.fileio;

import static io.kamdesk.adapter.out.fileio.Fixtures.READER;
import static io.kamdesk.adapter.out.fileio.Fixtures.readAll;
import static io.kamdesk.adapter.out.fileio.Fixtures.xls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.fileio.port.out.FileProblem;
import io.kamdesk.application.fileio.port.out.TabularReader.ReadLimits;
import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.fileio.port.out.TabularRows;
import io.kamdesk.application.shared.sheet.FileFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

class XlsReadingTest {

    private static byte[] legacy() {
        return xls(workbook -> {
            Sheet sheet = workbook.createSheet("Receivables");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            List<String> titles = List.of("Name Of Party", "Phone Number", "Phone As Number", "Billing Date",
                    "Text Date", "Price", "FNA", "Total Bill", "Rate", "Active", "Label");
            for (int i = 0; i < titles.size(); i++) {
                header.createCell(i).setCellValue(titles.get(i));
            }
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("রহিম টেলিকম");
            row.createCell(1).setCellValue("01712345678");
            row.createCell(2).setCellValue(8801712345678d);
            row.createCell(3).setCellValue(LocalDate.of(2024, 3, 15));
            row.getCell(3).setCellStyle(date);
            row.createCell(4).setCellValue("15/03/2024");
            row.createCell(5).setCellValue(5000);
            row.createCell(6).setCellValue(1500.5);
            row.createCell(7).setCellFormula("SUM(F3:G3)");
            row.createCell(8).setCellValue(1712345678d);
            row.createCell(9).setCellValue(true);
            row.createCell(10).setCellFormula("\"IIG\"&\"-QT\"");
            Row last = sheet.createRow(4);
            last.createCell(0).setCellValue("Karim");
            last.createCell(5).setCellValue(0.1);
            last.createCell(7).setCellFormula("0.1+0.2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.createSheet("Second").createRow(0).createCell(0).setCellValue("not read");
        });
    }

    @Test
    void readsTheFirstSheetWithNormalisedCells() {
        List<TabularRow> rows = readAll(legacy());

        assertThat(rows).extracting(TabularRow::number).containsExactly(1, 3, 5);
        assertThat(rows.get(0).cells()).startsWith("Name Of Party", "Phone Number");
        assertThat(rows.get(1).cells()).containsExactly("রহিম টেলিকম", "01712345678", "8801712345678",
                "2024-03-15", "15/03/2024", "5000", "1500.5", "6500.5", "1712345678", "true", "IIG-QT");
        assertThat(rows.get(2).cells()).containsExactly("Karim", "", "", "", "", "0.1", "", "0.3");
        assertThat(rows).noneMatch(row -> row.cells().contains("not read"));
    }

    @Test
    void recognisedByContent() {
        try (TabularRows rows = READER.open(new ByteArrayInputStream(legacy()), ReadLimits.standard())) {
            assertThat(rows.format()).isEqualTo(FileFormat.XLS);
        }
    }

    @Test
    void rowLimit() {
        assertThatThrownBy(() -> readAll(legacy(), new ReadLimits(2, 100)))
                .satisfies(Unreadable.because(FileProblem.TOO_MANY_ROWS, 2));
    }

    @Test
    void otherOfficeDocumentIsNoWorkbook() throws IOException {
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(doc);
        }

        assertThatThrownBy(() -> readAll(doc.toByteArray()))
                .satisfies(Unreadable.because(FileProblem.OFFICE_NOT_EXCEL));
    }

    @Test
    void truncatedWorkbook() throws IOException {
        byte[] file = legacy();

        assertThatThrownBy(() -> readAll(Arrays.copyOf(file, file.length / 2)))
                .satisfies(Unreadable.becauseOf(FileProblem.XLS_DAMAGED));
        assertThat(XlsxReadingTest.uploads()).isEmpty();
    }
}
