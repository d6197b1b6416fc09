package io.kamdesk.application.activity.port.in;

/** Reads one entry; one the viewer may not see is not found. */
public interface FindActivityEntryUseCase {

    ActivityEntryView findActivityEntry(ActivityEntryQuery query);
}
