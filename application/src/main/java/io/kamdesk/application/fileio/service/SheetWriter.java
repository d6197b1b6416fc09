package io.kamdesk.application.fileio.service;

import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.domain.shared.DomainException;
import java.util.List;

/** Writes the data rows of one sheet, as {@link ImportRunner} hands them over. */
interface SheetWriter {

    /**
     * The rows written together, bad ones reported and left out whole: one result per row, in order.
     * Throws when the database refuses the bulk write; the caller then undoes it and hands the rows
     * over one at a time.
     */
    List<RowResult> writeAll(List<TabularRow> rows);

    /** The problems of a row the database refused when it was written alone. */
    RowResult refused(TabularRow row, DomainException reason);
}
