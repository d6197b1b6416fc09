package io.kamdesk.application.activity.port.in;

import io.kamdesk.application.shared.sheet.FileFormat;
import java.io.OutputStream;

/**
 * Writes the entries a list of the activity log would show (the same filters, ordering and reach)
 * into a spreadsheet, and records that they were exported.
 */
public interface ExportActivityUseCase {

    void exportActivity(ListActivityQuery query, FileFormat format, OutputStream out);
}
