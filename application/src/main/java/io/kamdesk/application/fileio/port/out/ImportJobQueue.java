package io.kamdesk.application.fileio.port.out;

/**
 * The job engine: runs a job on some instance, soon, at least once; and again after the instance
 * running it dies. Enqueuing inside a transaction takes effect only if that transaction commits.
 */
public interface ImportJobQueue {

    void enqueue(long jobId);
}
