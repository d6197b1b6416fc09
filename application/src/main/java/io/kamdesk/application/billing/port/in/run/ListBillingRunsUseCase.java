package io.kamdesk.application.billing.port.in.run;

import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.identity.Viewer;

/** Past and running billing runs, newest first: all of them for a viewer of scope all, else their own. */
public interface ListBillingRunsUseCase {

    void listBillingRuns(Viewer viewer, ListSpec<BillingRunSortField> spec, ResultSink<BillingRunView> sink);

    BillingRunView getBillingRun(Viewer viewer, long runId);
}
