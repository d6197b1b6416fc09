package io.kamdesk.application.fileio.port.in.job;

/** Queues an import to run in the background; answers the queued job at once. */
public interface StartImportJobUseCase {

    ImportJobView startImportJob(StartImportCommand command);
}
