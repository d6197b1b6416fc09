package io.kamdesk.application.fileio.port.in.job;

/**
 * Runs a queued job, or resumes one whose worker died, from its last committed batch. Does nothing
 * for a job that has finished. Called by the job engine, on whichever instance picked the job up.
 */
public interface RunImportJobUseCase {

    void runImportJob(long jobId);
}
