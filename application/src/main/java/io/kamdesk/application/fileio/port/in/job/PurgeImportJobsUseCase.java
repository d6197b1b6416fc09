package io.kamdesk.application.fileio.port.in.job;

/** Removes finished jobs, with their files and problems, once their retention has passed. */
public interface PurgeImportJobsUseCase {

    /** How many jobs were removed. */
    int purgeFinishedImportJobs();
}
