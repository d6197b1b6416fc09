package io.kamdesk.application.fileio.port.in.job;

/** Reads one job; another user's job is not found unless the viewer may see everyone's. */
public interface FindImportJobUseCase {

    ImportJobView findImportJob(ImportJobQuery query);
}
