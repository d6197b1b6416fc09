package io.kamdesk.application.fileio.port.in;

/**
 * Imports bills from a spreadsheet (the business's receivables sheet imports unchanged): a missing
 * customer is created from the row; bills are upserted by customer, billing date, NTTN capacity and
 * NTTN company.
 */
public interface ImportBillsUseCase {

    /** @throws io.kamdesk.application.fileio.port.out.UnreadableFileException when the file cannot be read */
    ImportReport importBills(ImportFileCommand request);
}
