package io.kamdesk.adapter.out.fileio;

import static io.kamdesk.adapter.out.fileio.Fixtures.READER;
import static io.kamdesk.adapter.out.fileio.Fixtures.cells;
import static io.kamdesk.adapter.out.fileio.Fixtures.concat;
import static io.kamdesk.adapter.out.fileio.Fixtures.readAll;
import static io.kamdesk.adapter.out.fileio.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.fileio.port.out.FileProblem;
import io.kamdesk.application.fileio.port.out.TabularReader.ReadLimits;
import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.fileio.port.out.TabularRows;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import io.kamdesk.application.shared.sheet.FileFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class CsvReadingTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void utf8WithByteOrderMarkAndBanglaText() {
        byte[] csv = concat(BOM, utf8("Name Of Party,E-mail\r\nরহিম উদ্দিন,rahim@example.com\r\n"));

        List<TabularRow> rows = readAll(csv);

        assertThat(rows).extracting(TabularRow::number).containsExactly(1, 2);
        assertThat(rows.get(0).cell(0)).isEqualTo("Name Of Party");
        assertThat(rows.get(1).cells()).containsExactly("রহিম উদ্দিন", "rahim@example.com");
    }

    @Test
    void recognisesCsvByContentAndReportsTheFormat() {
        try (TabularRows rows = READER.open(new ByteArrayInputStream(utf8("a,b\n1,2\n")), ReadLimits.standard())) {
            assertThat(rows.format()).isEqualTo(FileFormat.CSV);
            assertThat(rows.next().cells()).containsExactly("a", "b");
        }
    }

    @Test
    void countRemaining_countsTheRecordsLeft_asIterationWouldRead_withoutParsingThem() {
        byte[] csv = utf8("name,notes\nA,\"two\nlines\"\n\nB,\"a \"\"quoted\"\" word\"\r\nC,x");
        int iterated = readAll(csv).size();

        try (TabularRows rows = READER.open(new ByteArrayInputStream(csv), ReadLimits.standard())) {
            rows.next();

            assertThat(rows.countRemaining()).isEqualTo(iterated - 1).isEqualTo(4);
            assertThat(rows.hasNext()).isFalse();
        }
    }

    @Test
    void countRemaining_keepsTheLimits() {
        byte[] csv = utf8("a\n1\n2\n3\n");

        try (TabularRows rows = READER.open(new ByteArrayInputStream(csv), new ReadLimits(2, 100))) {
            assertThatThrownBy(rows::countRemaining).isInstanceOfSatisfying(UnreadableFileException.class,
                    refused -> assertThat(refused.problem()).isEqualTo(FileProblem.TOO_MANY_ROWS));
        }
    }

    @Test
    void semicolonSeparatedAsEuropeanExcelSavesIt() {
        List<TabularRow> rows = readAll(utf8("name;amount;remarks\nAlpha;1,5;\"a;b\"\n"));

        assertThat(cells(rows)).containsExactly(List.of("name", "amount", "remarks"), List.of("Alpha", "1,5", "a;b"));
    }

    @Test
    void tabSeparated() {
        assertThat(cells(readAll(utf8("a\tb\tc\n1\t2\t3\n")))).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
    }

    @Test
    void excelSeparatorHintLineIsNotARow() {
        List<TabularRow> rows = readAll(utf8("sep=;\r\na;b\r\n1;2\r\n"));

        assertThat(rows).extracting(TabularRow::number).containsExactly(1, 2);
        assertThat(rows.get(0).cells()).containsExactly("a", "b");
    }

    @Test
    void quotedCommasQuotesAndLineBreaksAndRowNumbersCountRecords() {
        String csv = "name,remarks,kam\r\n"
                + "\"Doe, John\",\"first line\r\nsecond line\",x\r\n"
                + "\"She said \"\"hi\"\"\",,y\r\n";

        List<TabularRow> rows = readAll(utf8(csv));

        assertThat(rows).extracting(TabularRow::number).containsExactly(1, 2, 3);
        assertThat(rows.get(1).cells()).containsExactly("Doe, John", "first line\nsecond line", "x");
        assertThat(rows.get(2).cells()).containsExactly("She said \"hi\"", "", "y");
    }

    @Test
    void utf16LittleAndBigEndianWithByteOrderMark() {
        String text = "name,phone\r\nকরিম,01712345678\r\n";
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));

        for (byte[] csv : List.of(le, be)) {
            assertThat(cells(readAll(csv))).containsExactly(List.of("name", "phone"), List.of("করিম", "01712345678"));
        }
    }

    @Test
    void blankLinesAreBlankRowsAndLeadingZerosStay() {
        List<TabularRow> rows = readAll(utf8("phone\n\n01712345678\n"));

        assertThat(rows).extracting(TabularRow::number).containsExactly(1, 2, 3);
        assertThat(rows.get(1).isBlank()).isTrue();
        assertThat(rows.get(2).cell(0)).isEqualTo("01712345678");
        assertThat(rows.get(2).cell(5)).isEmpty();
    }

    @Test
    void neutralisedFormulaTextReadsBackAsWritten() {
        List<TabularRow> rows = readAll(utf8("'=SUM(A1),'+8801712345678,'hello,'-5\n"));

        assertThat(rows.get(0).cells()).containsExactly("=SUM(A1)", "+8801712345678", "'hello", "-5");
    }

    @Test
    void pngBytesAreNoSpreadsheet() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};

        assertThatThrownBy(() -> readAll(png))
                .satisfies(Unreadable.because(FileProblem.NOT_A_SPREADSHEET));
    }

    @Test
    void textInAnotherEncodingThanUtf8IsRefusedWithAHint() {
        byte[] latin1 = "name\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> readAll(latin1))
                .satisfies(Unreadable.because(FileProblem.NOT_UTF8));
    }

    @Test
    void binaryContentAfterTheFirstBlockIsRefusedWhileReading() {
        byte[] text = utf8("a,b\n" + "x,y\n".repeat(5_000));
        byte[] csv = concat(text, new byte[] {0, 1, 2, 3}, utf8("\n"));

        try (TabularRows rows = READER.open(new ByteArrayInputStream(csv), ReadLimits.standard())) {
            assertThatThrownBy(() -> rows.forEachRemaining(row -> { }))
                    .satisfies(Unreadable.because(FileProblem.NOT_A_SPREADSHEET));
            assertThat(rows.hasNext()).isFalse();
        }
    }

    @Test
    void invalidUtf8LaterInTheFileNamesTheRow() {
        byte[] csv = concat(utf8("a\n" + "x\n".repeat(9_000)), new byte[] {(byte) 0xC3, '(', '\n'});

        assertThatThrownBy(() -> readAll(csv))
                .satisfies(Unreadable.because(FileProblem.NOT_TEXT_IN_CHARSET, 9002, "UTF-8"));
    }

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> readAll(new byte[0]))
                .satisfies(Unreadable.because(FileProblem.EMPTY));
    }

    @Test
    void quoteLeftOpenIsRefusedWithoutReadingTheRestIntoOneCell() {
        String csv = "a,b\n\"never closed," + "x\n".repeat(20_000);

        assertThatThrownBy(() -> readAll(utf8(csv), new ReadLimits(1_000, 100)))
                .satisfies(thrown -> assertThat(((UnreadableFileException) thrown).details().getFirst()).isEqualTo(2));
    }

    @Test
    void quoteLeftOpenAtTheEndOfTheFile() {
        assertThatThrownBy(() -> readAll(utf8("a,b\n\"open,x\ny,z\n")))
                .satisfies(Unreadable.because(FileProblem.CSV_QUOTE_NOT_CLOSED, 2));
    }

    @Test
    void recordsAreCutAtLineBreaksOutsideQuotesOnly() {
        List<TabularRow> rows = readAll(utf8("a,b\n\"x\"\"\ny\",z\nlast,\"\"\n"));

        assertThat(cells(rows)).containsExactly(List.of("a", "b"), List.of("x\"\ny", "z"), List.of("last", ""));
    }

    @Test
    void aHugeRecordIsRefusedBeforeItFillsMemory() {
        byte[] csv = utf8("a\n" + "x".repeat(1_100_000) + "\n");

        assertThatThrownBy(() -> readAll(csv, new ReadLimits(1_000, 100)))
                .satisfies(Unreadable.because(FileProblem.CSV_ROW_TOO_LONG, 2, 1_048_576));
    }

    @Test
    void oversizedCellNamesRowAndColumn() {
        String csv = "a,b\nok," + "x".repeat(101) + "\n";

        assertThatThrownBy(() -> readAll(utf8(csv), new ReadLimits(1_000, 100)))
                .satisfies(Unreadable.because(FileProblem.CELL_TOO_LONG, 2, "B", 100));
    }

    @Test
    void rowLimitIsExactAndCountsEveryRecord() {
        assertThat(readAll(utf8("a\nb\n\n"), new ReadLimits(3, 100))).hasSize(3);
        assertThatThrownBy(() -> readAll(utf8("a\nb\n\n\n"), new ReadLimits(3, 100)))
                .satisfies(Unreadable.because(FileProblem.TOO_MANY_ROWS, 3));
    }

    /** About a second: a million blank lines are parsed (and thrown away) before the refusal. */
    @Test
    void aMillionAndOneBlankLinesBreakTheDefaultRowLimit() {
        byte[] csv = new byte[1_000_001];
        Arrays.fill(csv, (byte) '\n');
        long start = System.nanoTime();

        assertThatThrownBy(() -> readAll(csv))
                .satisfies(Unreadable.because(FileProblem.TOO_MANY_ROWS, 1_000_000));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }

    @Test
    void iterationIsLazyAndCloseReleasesTheStream() throws IOException {
        boolean[] closed = {false};
        var content = new ByteArrayInputStream(utf8("a\nb\nc\n")) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        TabularRows rows = READER.open(content, ReadLimits.standard());

        assertThat(rows.hasNext()).isTrue();
        assertThat(rows.hasNext()).isTrue();
        assertThat(rows.next().cell(0)).isEqualTo("a");
        rows.close();

        assertThat(closed[0]).isTrue();
        assertThat(rows.hasNext()).isFalse();
        assertThatThrownBy(rows::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void separatorSniffing() {
        assertThat(CsvRows.sniffSeparator("a,b;c,d")).isEqualTo(',');
        assertThat(CsvRows.sniffSeparator("a;b;c,d")).isEqualTo(';');
        assertThat(CsvRows.sniffSeparator("\"x;y;z\",b")).isEqualTo(',');
        assertThat(CsvRows.sniffSeparator("a\tb\tc")).isEqualTo('\t');
        assertThat(CsvRows.sniffSeparator("single")).isEqualTo(',');
    }
}
