package io.kamdesk.architecture_fixtures.adapter.in.rest.fileio;

import org.apache.poi.ss.usermodel.Workbook;

/** Bad (rule 5): a spreadsheet read in the REST adapter instead of the file adapter. */
public class ControllerUsingPoi {

    public int sheets(Workbook workbook) {
        return workbook.getNumberOfSheets();
    }
}
