package io.kamdesk.application.fileio.port.in.job;

/** Asks a job to stop; refused for a job that has finished. */
public interface CancelImportJobUseCase {

    ImportJobView cancelImportJob(CancelImportJobCommand command);
}
