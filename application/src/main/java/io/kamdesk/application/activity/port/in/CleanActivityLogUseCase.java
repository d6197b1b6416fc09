package io.kamdesk.application.activity.port.in;

/** Removes old entries; answers how many went. */
public interface CleanActivityLogUseCase {

    long cleanActivityLog(CleanActivityLogCommand command);
}
