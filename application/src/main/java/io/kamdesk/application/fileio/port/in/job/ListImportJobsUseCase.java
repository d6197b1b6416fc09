package io.kamdesk.application.fileio.port.in.job;

import io.kamdesk.application.shared.ResultSink;

/** Lists the jobs the viewer may see, newest first by default. */
public interface ListImportJobsUseCase {

    void listImportJobs(ListImportJobsQuery query, ResultSink<ImportJobView> sink);
}
