package io.kamdesk.adapter.out.fileio;

import io.kamdesk.application.fileio.port.out.FileProblem;
import io.kamdesk.application.fileio.port.out.TabularReader;
import io.kamdesk.application.fileio.port.out.TabularRows;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Opens CSV, XLSX and legacy XLS uploads, recognised by their first bytes, not by their name:
 * a ZIP signature means XLSX, an OLE2 signature XLS, anything else must be text and is read as CSV
 * (UTF-8, with or without byte-order mark, or UTF-16 with byte-order mark). Workbooks are first
 * copied to a temporary file (a ZIP or OLE2 container is read from its end and by random access);
 * CSV is read straight from the stream. The returned rows own the stream and the copy: closing them
 * releases both; when {@code open} fails it has already released them.
 */
public class SpreadsheetReader implements TabularReader {

    private static final int HEAD = 8 * 1024;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] SPANNED_ZIP = {'P', 'K', 7, 8};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    public SpreadsheetReader() {
        PoiTempFiles.directory();
    }

    @Override
    public TabularRows open(InputStream content, ReadLimits limits) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(limits, "limits");
        BufferedInputStream in = new BufferedInputStream(content, 64 * 1024);
        try {
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            if (head.length == 0) {
                throw new UnreadableFileException(FileProblem.EMPTY);
            }
            if (startsWith(head, ZIP)) {
                return XlsxRows.open(copyToTemporaryFile(in, ".xlsx"), limits);
            }
            if (startsWith(head, EMPTY_ZIP) || startsWith(head, SPANNED_ZIP)) {
                throw new UnreadableFileException(FileProblem.ZIP_NOT_XLSX);
            }
            if (startsWith(head, OLE2)) {
                return XlsRows.open(copyToTemporaryFile(in, ".xls"), limits);
            }
            return openCsv(in, head, limits);
        } catch (IOException e) {
            closeQuietly(in);
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    private static TabularRows openCsv(InputStream in, byte[] head, ReadLimits limits) throws IOException {
        Charset charset = StandardCharsets.UTF_8;
        int bom = 0;
        if (startsWith(head, UTF8_BOM)) {
            bom = UTF8_BOM.length;
        } else if (startsWith(head, UTF16LE_BOM)) {
            charset = StandardCharsets.UTF_16LE;
            bom = UTF16LE_BOM.length;
        } else if (startsWith(head, UTF16BE_BOM)) {
            charset = StandardCharsets.UTF_16BE;
            bom = UTF16BE_BOM.length;
        }
        checkText(head, bom, charset);
        in.skipNBytes(bom);
        return new CsvRows(in, charset, limits);
    }

    /**
     * Refuses content whose first bytes are no text: undecodable bytes, NUL or other control
     * characters that text files do not hold (PNG, PDF streams, executables...).
     */
    private static void checkText(byte[] head, int offset, Charset charset) {
        for (int i = offset; i < head.length && charset.equals(StandardCharsets.UTF_8); i++) {
            if (isBinaryControl((char) (head[i] & 0xFF))) {
                throw new UnreadableFileException(FileProblem.NOT_A_SPREADSHEET);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(head.length);
        // endOfInput false: the head may end inside a multi-byte character
        boolean malformed = decoder.decode(ByteBuffer.wrap(head, offset, head.length - offset), chars, false).isError();
        chars.flip();
        for (int i = 0; i < chars.length(); i++) {
            if (isBinaryControl(chars.charAt(i))) {
                throw new UnreadableFileException(FileProblem.NOT_A_SPREADSHEET);
            }
        }
        if (malformed && charset.equals(StandardCharsets.UTF_8)) {
            throw new UnreadableFileException(FileProblem.NOT_UTF8);
        }
        if (malformed) {
            throw new UnreadableFileException(FileProblem.NOT_A_SPREADSHEET);
        }
    }

    /** C0 controls (bytes below 0x20 in UTF-8) other than tab, line feed, vertical tab, form feed, carriage return, SUB, ESC. */
    private static boolean isBinaryControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r' && c != 0x1A && c != 0x1B;
    }

    private static Path copyToTemporaryFile(InputStream in, String suffix) throws IOException {
        Path file = PoiTempFiles.newFile("upload-", suffix);
        try (in; OutputStream out = Files.newOutputStream(file)) {
            in.transferTo(out);
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // already failing
        }
    }
}
