package io.kamdesk.adapter.out.fileio;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import io.kamdesk.application.fileio.port.out.FileProblem;
import io.kamdesk.application.fileio.port.out.TabularReader.ReadLimits;
import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import io.kamdesk.application.shared.sheet.FileFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSV rows read lazily with opencsv's RFC 4180 parser (doubled quotes, quoted separators and line
 * breaks). Records are cut here, by quote parity (under RFC 4180 a record ends at a line break
 * outside quotes, where the count of quote characters so far is even), and handed to the parser
 * whole: opencsv's own {@code CSVReader} re-copies a pending multi-line record for every further
 * line, which makes an unclosed quote over many short lines cost quadratic time. The separator is
 * sniffed from the first line: comma, semicolon or tab, or Excel's {@code sep=X} hint line, which is
 * then not a row. Row numbers count records, as a spreadsheet
 * program shows them, not physical lines.
 */
final class CsvRows extends AbstractRows {

    private static final int SNIFF_LIMIT = 64 * 1024;
    private static final Pattern SEP_HINT = Pattern.compile("sep=([,;\\t|])");

    private final ReadLimits limits;
    private final GuardedReader guard;
    private final BufferedReader buffered;
    private final Lines lines;
    private final RFC4180Parser parser;
    private final char separator;
    private final String charsetName;
    private int rowNumber;

    /**
     * @param content the bytes after any byte-order mark
     * @throws UnreadableFileException when the first line cannot be decoded
     */
    CsvRows(InputStream content, Charset charset, ReadLimits limits) {
        super(FileFormat.CSV);
        this.limits = limits;
        this.charsetName = charset.name().startsWith("UTF-16") ? "UTF-16" : charset.name();
        this.guard = new GuardedReader(content, charset, recordCharLimit(limits));
        this.buffered = new BufferedReader(guard, SNIFF_LIMIT);
        try {
            String firstLine = peekFirstLine(buffered);
            Matcher hint = SEP_HINT.matcher(firstLine);
            if (hint.matches()) {
                separator = hint.group(1).charAt(0);
                buffered.readLine();
            } else {
                separator = sniffSeparator(firstLine);
            }
        } catch (IOException e) {
            closeQuietly(buffered);
            throw failure(e, 1);
        }
        this.lines = new Lines(buffered);
        guard.resetCount();
        this.parser = new RFC4180ParserBuilder().withSeparator(separator).build();
    }

    /**
     * Characters one record may take before it is refused: enough for a full row of long cells,
     * small enough that an unclosed quote cannot pull a whole upload into one string.
     */
    static long recordCharLimit(ReadLimits limits) {
        return Math.max(1L << 20, 64L * limits.maxCellLength());
    }

    @Override
    protected TabularRow readRow() {
        String[] fields;
        try {
            String record = nextRecord();
            fields = record == null ? null : parser.parseLine(record);
        } catch (IOException e) {
            throw failure(e, rowNumber + 1);
        }
        guard.resetCount();
        if (fields == null) {
            return null;
        }
        rowNumber++;
        if (rowNumber > limits.maxRows()) {
            throw Cells.tooManyRows(limits.maxRows());
        }
        List<String> cells = new ArrayList<>(fields.length);
        for (int i = 0; i < fields.length; i++) {
            String value = fields[i] == null ? "" : fields[i];
            if (value.length() > limits.maxCellLength()) {
                throw Cells.cellTooLong(rowNumber, i, limits.maxCellLength());
            }
            cells.add(Cells.restoreNeutralised(value));
        }
        return new TabularRow(rowNumber, cells);
    }

    /** A record's end is found by balancing quotes: its cells need no parsing to be counted. */
    @Override
    protected boolean skipRow() {
        String record;
        try {
            record = nextRecord();
        } catch (IOException e) {
            throw failure(e, rowNumber + 1);
        }
        guard.resetCount();
        if (record == null) {
            return false;
        }
        rowNumber++;
        if (rowNumber > limits.maxRows()) {
            throw Cells.tooManyRows(limits.maxRows());
        }
        return true;
    }

    /**
     * The next record without its line break: physical lines taken until the quotes balance; null
     * at the end.
     */
    private String nextRecord() throws IOException {
        StringBuilder record = new StringBuilder();
        int terminator = lines.next(record);
        if (terminator < 0) {
            return null;
        }
        long quotes = quotes(record, 0);
        while (quotes % 2 != 0) {
            int from = record.length();
            terminator = terminator == 0 ? -1 : lines.next(record);
            if (terminator < 0) {
                throw new UnclosedQuoteException();
            }
            quotes += quotes(record, from);
        }
        record.setLength(record.length() - terminator);
        String text = record.toString();
        // a line break inside a cell reads as \n, as Excel holds it (a lone \r stays a character)
        return text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n") : text;
    }

    private static long quotes(CharSequence text, int from) {
        long count = 0;
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                count++;
            }
        }
        return count;
    }

    /** Physical lines with their terminators: LF, CRLF or a lone CR. */
    static final class Lines {

        private final Reader in;
        private final char[] buffer = new char[16 * 1024];
        private int position;
        private int end;

        Lines(Reader in) {
            this.in = in;
        }

        /**
         * Appends the next line and its terminator to {@code out}.
         *
         * @return the terminator's length: 1 or 2, 0 for a last line without one, -1 at the end
         */
        int next(StringBuilder out) throws IOException {
            boolean any = false;
            while (true) {
                if (position == end && !fill()) {
                    return any ? 0 : -1;
                }
                int start = position;
                while (position < end) {
                    char c = buffer[position++];
                    if (c == '\n') {
                        out.append(buffer, start, position - start);
                        return 1;
                    }
                    if (c == '\r') {
                        out.append(buffer, start, position - start);
                        if ((position < end || fill()) && buffer[position] == '\n') {
                            position++;
                            out.append('\n');
                            return 2;
                        }
                        return 1;
                    }
                }
                out.append(buffer, start, position - start);
                any = true;
            }
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer, 0, buffer.length);
            position = 0;
            end = Math.max(n, 0);
            return n > 0;
        }
    }

    @Override
    protected UnreadableFileException damaged() {
        return new UnreadableFileException(FileProblem.CSV_ROW_UNREADABLE, rowNumber + 1);
    }

    @Override
    protected void release() {
        try {
            buffered.close();
        } catch (IOException e) {
            // nothing useful to do: the content was only read
        }
    }

    private RuntimeException failure(IOException e, int row) {
        return switch (e) {
            case BinaryContentException b -> Cells.unreadable(b, FileProblem.NOT_A_SPREADSHEET);
            case CharacterCodingException c -> Cells.unreadable(c, FileProblem.NOT_TEXT_IN_CHARSET, row, charsetName);
            case RecordTooLongException t -> Cells.unreadable(t, FileProblem.CSV_ROW_TOO_LONG, row, t.limit);
            case UnclosedQuoteException m -> Cells.unreadable(m, FileProblem.CSV_QUOTE_NOT_CLOSED, row);
            default -> new UncheckedIOException(e);
        };
    }

    private static String peekFirstLine(BufferedReader lines) throws IOException {
        lines.mark(SNIFF_LIMIT);
        StringBuilder line = new StringBuilder();
        int c;
        while (line.length() < SNIFF_LIMIT - 1 && (c = lines.read()) != -1 && c != '\n' && c != '\r') {
            line.append((char) c);
        }
        lines.reset();
        return line.toString();
    }

    /** The separator that occurs most often outside quotes in the first line; comma on a tie. */
    static char sniffSeparator(String firstLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < firstLine.length(); i++) {
            char c = firstLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }

    private static void closeQuietly(Reader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // already failing
        }
    }

    /** A NUL character: this is no text file. */
    static final class BinaryContentException extends IOException {
        BinaryContentException() {
            super("NUL character in text");
        }
    }

    static final class UnclosedQuoteException extends IOException {
        UnclosedQuoteException() {
            super("quote not closed at the end of the file");
        }
    }

    static final class RecordTooLongException extends IOException {
        final long limit;

        RecordTooLongException(long limit) {
            super("record longer than " + limit + " characters");
            this.limit = limit;
        }
    }

    /**
     * Decodes strictly (undecodable bytes are an error, not a replacement character), refuses NUL
     * characters and counts the characters of the current record, so that memory stays bounded
     * whatever the content. An error is raised only once the text before it has been handed out, so
     * that it surfaces while the record holding it is parsed, and names that record. The count lags
     * by the buffer of the reader on top of this one.
     */
    static final class GuardedReader extends Reader {

        private final InputStream in;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(8 * 1024).flip();
        private final long limit;
        private boolean endOfInput;
        private boolean flushed;
        private IOException pending;
        private long count;

        GuardedReader(InputStream in, Charset charset, long limit) {
            this.in = in;
            this.decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            this.limit = limit;
        }

        void resetCount() {
            count = 0;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (pending != null) {
                throw pending;
            }
            if (length == 0) {
                return 0;
            }
            int n = decode(CharBuffer.wrap(buffer, offset, length));
            if (n <= 0) {
                if (pending != null) {
                    throw pending;
                }
                return -1;
            }
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == 0) {
                    pending = new BinaryContentException();
                    n = i - offset;
                    break;
                }
            }
            if (n == 0) {
                throw pending;
            }
            count += n;
            if (count > limit) {
                throw new RecordTooLongException(limit);
            }
            return n;
        }

        /** Decodes into {@code out} until something is there, an error or the end. */
        private int decode(CharBuffer out) throws IOException {
            int start = out.position();
            while (out.position() == start && pending == null && !flushed) {
                CoderResult result = decoder.decode(bytes, out, endOfInput);
                if (result.isError()) {
                    pending = new MalformedInputException(result.length());
                } else if (result.isOverflow()) {
                    break;
                } else if (!endOfInput) {
                    if (out.position() > start) {
                        break;
                    }
                    fill();
                } else if (decoder.flush(out).isUnderflow()) {
                    flushed = true;
                } else {
                    break;
                }
            }
            return out.position() - start;
        }

        private void fill() throws IOException {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
