package io.kamdesk.application.activity.port.in;

import io.kamdesk.application.shared.ResultSink;

/**
 * Lists a record's entries, newest first, to whoever may see the record (by its own read rules
 * and scope); a record out of reach is not found.
 */
public interface RecordHistoryUseCase {

    void recordHistory(RecordHistoryQuery query, ResultSink<ActivityEntryView> sink);
}
