package io.kamdesk.adapter.out.fileio;

import io.kamdesk.application.fileio.port.out.FileProblem;
import io.kamdesk.application.fileio.port.out.TabularReader.ReadLimits;
import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import io.kamdesk.application.shared.sheet.FileFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The first sheet of an XLSX workbook, pulled row by row with StAX from the sheet part (never the
 * DOM {@code XSSFWorkbook}). The workbook is a temporary copy of the upload, opened through POI's
 * {@link ZipSecureFile}, so the zip-bomb limits apply to every part read; XML parsers come from POI's
 * {@link XMLHelper}, which refuses DTDs and external entities. Shared strings are held in memory
 * ({@link ReadOnlySharedStringsTable}); rows are parsed one at a time.
 */
final class XlsxRows extends AbstractRows {

    /** Excel's last column, XFD. */
    private static final int MAX_COLUMNS = 16_384;

    private static final Set<String> WORKBOOK_TYPES = Set.of(
            XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    private final Path file;
    private final ReadLimits limits;
    private OPCPackage pkg;
    private SharedStrings strings;
    private StylesTable styles;
    private boolean date1904;
    private InputStream sheet;
    private XMLStreamReader xml;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private long rowsSeen;
    private int lastRowNumber;
    private boolean done;

    private XlsxRows(Path file, ReadLimits limits) {
        super(FileFormat.XLSX);
        this.file = file;
        this.limits = limits;
    }

    /** Opens the workbook copied to {@code file}; the rows own the file and delete it on close. */
    static XlsxRows open(Path file, ReadLimits limits) {
        XlsxRows rows = new XlsxRows(file, limits);
        try {
            rows.openWorkbook();
            return rows;
        } catch (RuntimeException e) {
            rows.close();
            throw e instanceof UnreadableFileException u ? u
                    : failure(e, new UnreadableFileException(FileProblem.XLSX_DAMAGED));
        }
    }

    private void openWorkbook() {
        checkZip(file);
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            checkWorkbookPart(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            strings = new ReadOnlySharedStringsTable(pkg, false);
            styles = reader.getStylesTable();
            XMLInputFactory factory = XMLHelper.newXMLInputFactory();
            date1904 = readDate1904(factory, reader);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException(FileProblem.NO_SHEETS);
            }
            sheet = sheets.next();
            xml = factory.createXMLStreamReader(sheet);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (Exception e) {
            throw failure(e, new UnreadableFileException(FileProblem.XLSX_DAMAGED));
        }
    }

    /**
     * Reads the zip's central directory before POI does: POI falls back to scanning a damaged
     * archive entry by entry, into memory, where a clear refusal is wanted.
     */
    private static void checkZip(Path file) {
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") != null) {
                if (zip.getEntry("xl/workbook.bin") != null) {
                    throw new UnreadableFileException(FileProblem.XLSB);
                }
                return;
            }
            if (zip.getEntry("mimetype") != null && zip.getEntry("content.xml") != null) {
                throw new UnreadableFileException(FileProblem.OPEN_DOCUMENT);
            }
            throw new UnreadableFileException(FileProblem.ZIP_NOT_XLSX);
        } catch (IOException e) {
            throw failure(e, new UnreadableFileException(FileProblem.XLSX_DAMAGED));
        }
    }

    private static void checkWorkbookPart(OPCPackage pkg) throws Exception {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.isEmpty()) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        PackagePart workbook = rels.isEmpty() ? null : pkg.getPart(rels.getRelationship(0));
        if (workbook == null) {
            throw new UnreadableFileException(FileProblem.ZIP_NOT_XLSX);
        }
        String type = workbook.getContentType();
        if (XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType().equals(type)) {
            throw new UnreadableFileException(FileProblem.XLSB);
        }
        if (!WORKBOOK_TYPES.contains(type)) {
            throw new UnreadableFileException(FileProblem.OFFICE_NOT_EXCEL);
        }
    }

    private static boolean readDate1904(XMLInputFactory factory, XSSFReader reader) throws Exception {
        try (InputStream data = reader.getWorkbookData()) {
            XMLStreamReader workbook = factory.createXMLStreamReader(data);
            try {
                while (workbook.hasNext()) {
                    int event = workbook.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new UnreadableFileException(FileProblem.DOCTYPE);
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = workbook.getLocalName();
                        if (name.equals("workbookPr")) {
                            String value = workbook.getAttributeValue(null, "date1904");
                            return "1".equals(value) || "true".equalsIgnoreCase(value);
                        }
                        if (name.equals("sheets")) {
                            return false;
                        }
                    }
                }
                return false;
            } finally {
                workbook.close();
            }
        }
    }

    @Override
    protected TabularRow readRow() {
        if (done) {
            return null;
        }
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    return readRowElement();
                }
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                    break;
                }
                if (event == XMLStreamConstants.DTD) {
                    throw new UnreadableFileException(FileProblem.DOCTYPE);
                }
            }
            done = true;
            return null;
        } catch (XMLStreamException e) {
            throw failure(e, damaged());
        }
    }

    private TabularRow readRowElement() throws XMLStreamException {
        int number = positiveInt(xml.getAttributeValue(null, "r"), lastRowNumber + 1);
        rowsSeen++;
        if (rowsSeen > limits.maxRows()) {
            throw Cells.tooManyRows(limits.maxRows());
        }
        lastRowNumber = number;
        List<String> cells = new ArrayList<>();
        int nextColumn = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("c")) {
                    nextColumn = readCell(number, nextColumn, cells) + 1;
                } else {
                    skipElement();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return new TabularRow(number, cells);
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw damaged();
            }
        }
    }

    /** Reads one {@code <c>} into {@code cells}; returns its column index. */
    private int readCell(int row, int defaultColumn, List<String> cells) throws XMLStreamException {
        String ref = xml.getAttributeValue(null, "r");
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        int column = ref == null ? defaultColumn : columnIndex(ref, defaultColumn);
        if (column >= MAX_COLUMNS) {
            throw new UnreadableFileException(FileProblem.BEYOND_LAST_COLUMN, row);
        }
        String value = null;
        String inline = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = readText(row, column);
                    case "is" -> inline = readInlineString(row, column);
                    default -> skipElement();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw damaged();
            }
        }
        String text = cellText(type, style, value, inline, row, column);
        if (text.length() > limits.maxCellLength()) {
            throw Cells.cellTooLong(row, column, limits.maxCellLength());
        }
        if (!text.isEmpty()) {
            while (cells.size() < column) {
                cells.add("");
            }
            text = Cells.restoreNeutralised(text);
            if (column < cells.size()) {
                cells.set(column, text);
            } else {
                cells.add(text);
            }
        }
        return column;
    }

    private String cellText(String type, String style, String value, String inline, int row, int column) {
        String v = value == null ? "" : value;
        return switch (type == null ? "n" : type) {
            case "s" -> sharedString(v, row, column);
            case "inlineStr" -> inline != null ? inline : v;
            case "str", "e" -> v;
            case "b" -> switch (v.strip()) {
                case "1" -> "true";
                case "0" -> "false";
                default -> v;
            };
            // ISO 8601 date cells (strict OOXML): keep the date part
            case "d" -> v.length() >= 10 && v.charAt(4) == '-' ? v.substring(0, 10) : v;
            default -> number(v, style);
        };
    }

    private String sharedString(String index, int row, int column) {
        if (index.isBlank()) {
            return "";
        }
        try {
            return strings.getItemAt(Integer.parseInt(index.strip())).getString();
        } catch (RuntimeException e) {
            throw Cells.unreadable(e, FileProblem.MISSING_SHARED_TEXT, row, Cells.columnName(column));
        }
    }

    private String number(String raw, String style) {
        if (raw.isBlank()) {
            return "";
        }
        if (isDateStyle(style)) {
            try {
                String date = Cells.excelDate(Double.parseDouble(raw), date1904);
                if (date != null) {
                    return date;
                }
            } catch (NumberFormatException e) {
                // not a number after all: keep the text
            }
        }
        return Cells.plainNumber(raw);
    }

    private boolean isDateStyle(String style) {
        if (styles == null) {
            return false;
        }
        int index = positiveInt(style, 0, 0);
        return dateStyles.computeIfAbsent(index, i -> {
            try {
                XSSFCellStyle cellStyle = i < styles.getNumCellStyles() ? styles.getStyleAt(i) : null;
                return cellStyle != null
                        && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    private String readText(int row, int column) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> {
                    text.append(xml.getText());
                    if (text.length() > limits.maxCellLength()) {
                        throw Cells.cellTooLong(row, column, limits.maxCellLength());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> skipElement();
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                case XMLStreamConstants.END_DOCUMENT -> throw damaged();
                default -> { }
            }
        }
    }

    /** The text of {@code <is>}: its {@code <t>} and rich-text runs, without phonetic runs. */
    private String readInlineString(int row, int column) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "t" -> {
                        text.append(readText(row, column));
                        if (text.length() > limits.maxCellLength()) {
                            throw Cells.cellTooLong(row, column, limits.maxCellLength());
                        }
                    }
                    case "r" -> { }
                    default -> skipElement();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("is")) {
                return text.toString();
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw damaged();
            }
        }
    }

    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw damaged();
            }
        }
    }

    /** The 0-based column of a reference like {@code AB12}. */
    static int columnIndex(String ref, int fallback) {
        int column = 0;
        int i = 0;
        for (; i < ref.length() && column <= MAX_COLUMNS; i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return i == 0 ? fallback : column - 1;
    }

    private static int positiveInt(String text, int fallback) {
        return positiveInt(text, fallback, 1);
    }

    private static int positiveInt(String text, int fallback, int min) {
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            return value >= min ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    protected UnreadableFileException damaged() {
        return new UnreadableFileException(FileProblem.XLSX_DAMAGED_NEAR_ROW, lastRowNumber + 1);
    }

    @Override
    protected void release() {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // closing only
            }
        }
        if (sheet != null) {
            try {
                sheet.close();
            } catch (IOException e) {
                // closing only
            }
        }
        if (pkg != null) {
            // revert, not close: a package opened read-only is never written back
            pkg.revert();
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /** Maps a parser failure to the problem a person is told, keeping the cause. */
    static UnreadableFileException failure(Throwable e, UnreadableFileException fallback) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnreadableFileException u) {
                return u;
            }
            String message = t.getMessage();
            if (message != null) {
                if (message.contains("Zip bomb") || message.contains("max number of files")) {
                    return Cells.unreadable(e, FileProblem.ZIP_BOMB);
                }
                if (message.contains("DOCTYPE")) {
                    return Cells.unreadable(e, FileProblem.DOCTYPE);
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        fallback.initCause(e);
        return fallback;
    }
}
