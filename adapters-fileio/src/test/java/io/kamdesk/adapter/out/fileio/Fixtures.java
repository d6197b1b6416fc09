package io.kamdesk.adapter.out.fileio;

import io.kamdesk.application.fileio.port.out.TabularReader.ReadLimits;
import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.fileio.port.out.TabularRows;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds the test files in memory and reads them back. */
final class Fixtures {

    static final SpreadsheetReader READER = new SpreadsheetReader();

    private Fixtures() {
    }

    static List<TabularRow> readAll(byte[] content) {
        return readAll(content, ReadLimits.standard());
    }

    static List<TabularRow> readAll(byte[] content, ReadLimits limits) {
        try (TabularRows rows = READER.open(new ByteArrayInputStream(content), limits)) {
            List<TabularRow> all = new ArrayList<>();
            rows.forEachRemaining(all::add);
            return all;
        }
    }

    /** The cells of each row, for compact assertions. */
    static List<List<String>> cells(List<TabularRow> rows) {
        return rows.stream().map(TabularRow::cells).toList();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(Consumer<XSSFWorkbook> build) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            build.accept(workbook);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xls(Consumer<HSSFWorkbook> build) {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            build.accept(workbook);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    /** The entries of a zip, in order. */
    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A copy of a zip with one entry's content replaced. */
    static byte[] replaceEntry(byte[] zip, String name, byte[] content) {
        Map<String, byte[]> entries = unzip(zip);
        if (entries.replace(name, content) == null) {
            throw new IllegalArgumentException("no entry " + name);
        }
        return zip(entries);
    }
}
