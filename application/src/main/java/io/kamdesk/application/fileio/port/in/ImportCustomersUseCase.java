package io.kamdesk.application.fileio.port.in;

/** Imports customers from a spreadsheet: upsert by e-mail. */
public interface ImportCustomersUseCase {

    /** @throws io.kamdesk.application.fileio.port.out.UnreadableFileException when the file cannot be read */
    ImportReport importCustomers(ImportFileCommand request);
}
