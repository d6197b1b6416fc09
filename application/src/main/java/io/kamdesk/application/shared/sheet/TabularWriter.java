package io.kamdesk.application.shared.sheet;

import java.io.OutputStream;
import java.util.List;

/** Writes spreadsheets for download, row by row, never holding the whole file in memory. */
public interface TabularWriter {

    TabularSink open(OutputStream out, FileFormat format, List<Column> columns);

    /** A column: its title and how its values are written. */
    record Column(String title, ColumnType type) {

        public static Column text(String title) {
            return new Column(title, ColumnType.TEXT);
        }

        public static Column money(String title) {
            return new Column(title, ColumnType.MONEY);
        }

        public static Column quantity(String title) {
            return new Column(title, ColumnType.QUANTITY);
        }

        public static Column date(String title) {
            return new Column(title, ColumnType.DATE);
        }

        public static Column integer(String title) {
            return new Column(title, ColumnType.INTEGER);
        }
    }

    /**
     * How values are written. TEXT cells that a spreadsheet would run as a formula (starting with
     * {@code = + - @}, tab or carriage return) are neutralised; MONEY cells are numbers with two
     * decimals; QUANTITY cells numbers; DATE cells real dates; INTEGER cells whole numbers.
     */
    enum ColumnType {
        TEXT,
        MONEY,
        QUANTITY,
        DATE,
        INTEGER
    }
}
