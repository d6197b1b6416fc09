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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * The first worksheet of a legacy XLS (BIFF8) workbook, read with POI's HSSF record stream: the
 * pull-style {@link RecordFactoryInputStream} that {@code HSSFEventFactory} is built on, so records
 * are read one at a time on the caller's thread and memory holds only the workbook globals (shared
 * strings, formats) and the current row. The OLE2 container is a temporary copy of the upload,
 * opened from the file rather than loaded into memory.
 */
final class XlsRows extends AbstractRows {


    private final Path file;
    private final ReadLimits limits;
    private POIFSFileSystem fs;
    private InputStream workbook;
    private RecordFactoryInputStream records;
    private final FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(r -> { }, Locale.ROOT);
    private SSTRecord sst;
    private boolean date1904;

    /** 0 before the first worksheet, 1 inside it, 2 after it. */
    private int stage;
    private int nestedDepth;

    private int currentRow = -1;
    private List<String> currentCells = new ArrayList<>();
    private long rowsSeen;
    private final Deque<TabularRow> ready = new ArrayDeque<>();
    private boolean flushed;
    /** A formula whose string result comes in the next STRING record. */
    private FormulaRecord pendingStringFormula;

    private XlsRows(Path file, ReadLimits limits) {
        super(FileFormat.XLS);
        this.file = file;
        this.limits = limits;
    }

    /** Opens the workbook copied to {@code file}; the rows own the file and delete it on close. */
    static XlsRows open(Path file, ReadLimits limits) {
        XlsRows rows = new XlsRows(file, limits);
        try {
            rows.openWorkbook();
            return rows;
        } catch (UnreadableFileException e) {
            rows.close();
            throw e;
        } catch (EncryptedDocumentException e) {
            rows.close();
            throw passwordProtected(e);
        } catch (Exception e) {
            rows.close();
            throw Cells.unreadable(e, FileProblem.XLS_DAMAGED);
        }
    }

    private void openWorkbook() throws IOException {
        fs = new POIFSFileSystem(file.toFile(), true);
        DirectoryNode root = fs.getRoot();
        if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
            throw passwordProtected(null);
        }
        if (!root.hasEntryCaseInsensitive("Workbook")) {
            if (root.hasEntryCaseInsensitive("Book")) {
                throw new UnreadableFileException(FileProblem.EXCEL_95);
            }
            throw new UnreadableFileException(FileProblem.OFFICE_NOT_EXCEL);
        }
        workbook = root.createDocumentInputStream(root.getEntryCaseInsensitive("Workbook"));
        records = new RecordFactoryInputStream(workbook, false);
    }

    private static UnreadableFileException passwordProtected(Throwable cause) {
        return Cells.unreadable(cause, FileProblem.PASSWORD_PROTECTED);
    }

    @Override
    protected TabularRow readRow() {
        try {
            while (ready.isEmpty() && stage < 2) {
                Record record = records.nextRecord();
                if (record == null) {
                    stage = 2;
                } else {
                    process(record);
                }
            }
            if (ready.isEmpty() && !flushed) {
                flushed = true;
                flushPendingFormula();
                finishRow(-1);
            }
            return ready.poll();
        } catch (EncryptedDocumentException e) {
            throw passwordProtected(e);
        }
    }

    private void process(Record record) {
        formats.processRecordInternally(record);
        switch (record) {
            case BOFRecord bof -> {
                if (stage == 1) {
                    nestedDepth++;
                } else if (stage == 0 && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
                    stage = 1;
                }
            }
            case EOFRecord eof -> {
                if (stage == 1) {
                    if (nestedDepth > 0) {
                        nestedDepth--;
                    } else {
                        stage = 2;
                    }
                }
            }
            case SSTRecord s -> sst = s;
            case DateWindow1904Record w -> date1904 = w.getWindowing() == 1;
            default -> {
                if (stage == 1 && nestedDepth == 0) {
                    cell(record);
                }
            }
        }
    }

    private void cell(Record record) {
        if (record instanceof StringRecord string) {
            if (pendingStringFormula != null) {
                FormulaRecord formula = pendingStringFormula;
                pendingStringFormula = null;
                place(formula.getRow(), formula.getColumn(), string.getString());
            }
            return;
        }
        if (!(record instanceof CellValueRecordInterface cell)) {
            return;
        }
        flushPendingFormula();
        String text = switch (record) {
            case LabelSSTRecord label -> sst == null ? "" : sst.getString(label.getSSTIndex()).getString();
            case LabelRecord label -> label.getValue();
            case NumberRecord number -> number(number.getValue(), cell);
            case BoolErrRecord boolErr -> boolErr.isBoolean()
                    ? Boolean.toString(boolErr.getBooleanValue())
                    : errorText(boolErr.getErrorValue());
            case FormulaRecord formula -> formulaText(formula);
            default -> null;
        };
        if (text != null) {
            place(cell.getRow(), cell.getColumn(), text);
        }
    }

    /** A formula that announced a string result which never came reads as empty. */
    private void flushPendingFormula() {
        if (pendingStringFormula != null) {
            FormulaRecord formula = pendingStringFormula;
            pendingStringFormula = null;
            place(formula.getRow(), formula.getColumn(), "");
        }
    }

    private String formulaText(FormulaRecord formula) {
        CellType type = formula.getCachedResultTypeEnum();
        return switch (type) {
            case NUMERIC -> number(formula.getValue(), formula);
            case BOOLEAN -> Boolean.toString(formula.getCachedBooleanValue());
            case ERROR -> errorText(formula.getCachedErrorValue());
            case STRING -> {
                if (formula.hasCachedResultString()) {
                    pendingStringFormula = formula;
                    yield null;
                }
                yield "";
            }
            default -> "";
        };
    }

    private String number(double value, CellValueRecordInterface cell) {
        int formatIndex = formats.getFormatIndex(cell);
        if (formatIndex >= 0 && DateUtil.isADateFormat(formatIndex, formats.getFormatString(cell))) {
            String date = Cells.excelDate(value, date1904);
            if (date != null) {
                return date;
            }
        }
        return Cells.plainNumber(value);
    }

    private static String errorText(int code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A";
    }

    /**
     * Puts a cell into the current row. A cell of another row completes the current one (BIFF8
     * stores a sheet's cells row by row).
     */
    private void place(int row, int column, String text) {
        if (row != currentRow) {
            finishRow(row);
        }
        if (text.length() > limits.maxCellLength()) {
            throw Cells.cellTooLong(row + 1, column, limits.maxCellLength());
        }
        if (!text.isEmpty()) {
            while (currentCells.size() < column) {
                currentCells.add("");
            }
            String value = Cells.restoreNeutralised(text);
            if (column < currentCells.size()) {
                currentCells.set(column, value);
            } else {
                currentCells.add(value);
            }
        }
    }

    /** Completes the current row, if any, and starts {@code nextRow} (-1: none). */
    private void finishRow(int nextRow) {
        if (currentRow >= 0) {
            rowsSeen++;
            if (rowsSeen > limits.maxRows()) {
                throw Cells.tooManyRows(limits.maxRows());
            }
            ready.add(new TabularRow(currentRow + 1, currentCells));
        }
        currentRow = nextRow;
        currentCells = new ArrayList<>();
    }

    @Override
    protected UnreadableFileException damaged() {
        return new UnreadableFileException(FileProblem.XLS_DAMAGED);
    }

    @Override
    protected void release() {
        try {
            if (workbook != null) {
                workbook.close();
            }
            if (fs != null) {
                fs.close();
            }
        } catch (IOException e) {
            // closing only
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
