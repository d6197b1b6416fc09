package io.kamdesk.adapter.out.fileio;

import io.kamdesk.application.fileio.port.out.FileProblem;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DateUtil;

/** Cell normalisation and messages shared by the readers and writers. */
final class Cells {

    /** Excel keeps and shows numbers to 15 significant digits. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    /** 9999-12-31, the last day Excel can show. */
    private static final double LAST_EXCEL_DAY = 2_958_465;

    /** Characters that make a spreadsheet run a cell as a formula. */
    private static final String FORMULA_TRIGGERS = "=+-@\t\r";


    private Cells() {
    }

    /**
     * A number as a plain decimal without exponent, rounded to Excel's 15 significant digits (so a
     * cached {@code 0.30000000000000004} reads as {@code 0.3}) and without trailing zeros.
     */
    static String plainNumber(String raw) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return "";
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return text;
        }
        if (value.scale() > 400 || value.scale() < -400) {
            // beyond any double: keep the text rather than spell out hundreds of zeros
            return text;
        }
        if (value.precision() > 15) {
            value = value.round(EXCEL_PRECISION);
        }
        value = value.stripTrailingZeros();
        return value.signum() == 0 ? "0" : value.toPlainString();
    }

    static String plainNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return plainNumber(Double.toString(value));
    }

    /** The ISO date of an Excel serial day number, or null when it is no date Excel can show. */
    static String excelDate(double serial, boolean date1904) {
        if (!DateUtil.isValidExcelDate(serial) || serial >= LAST_EXCEL_DAY + 1) {
            return null;
        }
        LocalDate date = DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
        return date.toString();
    }

    /** True when a spreadsheet would run the text as a formula. */
    static boolean startsLikeFormula(String text) {
        return !text.isEmpty() && FORMULA_TRIGGERS.indexOf(text.charAt(0)) >= 0;
    }

    /** Neutralises a text that a spreadsheet would run as a formula, by a leading apostrophe. */
    static String neutralise(String text) {
        return startsLikeFormula(text) ? "'" + text : text;
    }

    /**
     * Undoes {@link #neutralise}: a text read back as {@code '=...}, {@code '+...} and so on loses the
     * apostrophe, so that an export re-imports with the values it was made from.
     */
    static String restoreNeutralised(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && startsLikeFormula(text.substring(1))
                ? text.substring(1)
                : text;
    }

    /** Spreadsheet column letters of a 0-based column index: 0 → A, 27 → AB. */
    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static UnreadableFileException unreadable(Throwable cause, FileProblem problem, Object... details) {
        UnreadableFileException e = new UnreadableFileException(problem, details);
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    static UnreadableFileException tooManyRows(long maxRows) {
        return new UnreadableFileException(FileProblem.TOO_MANY_ROWS, maxRows);
    }

    static UnreadableFileException cellTooLong(int row, int column, int maxCellLength) {
        return new UnreadableFileException(FileProblem.CELL_TOO_LONG, row, columnName(column), maxCellLength);
    }
}
