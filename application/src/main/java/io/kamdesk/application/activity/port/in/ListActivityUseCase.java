package io.kamdesk.application.activity.port.in;

import io.kamdesk.application.shared.ResultSink;

/**
 * Lists the activity log, newest first by default: every entry for a viewer who sees all records,
 * their own entries otherwise.
 */
public interface ListActivityUseCase {

    void listActivity(ListActivityQuery query, ResultSink<ActivityEntryView> sink);
}
