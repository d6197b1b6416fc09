package io.kamdesk.application.shared.sheet;

import java.util.List;

/**
 * Receives the rows of a download. Values per column type: TEXT a String, MONEY and QUANTITY a
 * BigDecimal, DATE a LocalDate, INTEGER a Long or Integer; null for an empty cell.
 */
public interface TabularSink extends AutoCloseable {

    void row(List<Object> values);

    /** Finishes the file (for XLSX: writes it out) and releases temporary storage. */
    @Override
    void close();
}
