package io.kamdesk.application.fileio.service;

import io.kamdesk.application.fileio.port.in.ImportFileCommand;
import io.kamdesk.application.fileio.port.in.ImportReport;

/** An import of one kind of sheet, run with its checkpoints kept in a journal. */
interface SheetImport {

    ImportReport run(ImportFileCommand request, ImportJournal journal);
}
