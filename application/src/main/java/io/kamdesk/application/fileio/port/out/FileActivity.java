package io.kamdesk.application.fileio.port.out;

import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.domain.fileio.SheetKind;
import java.time.Duration;

/**
 * Imports and exports as operators follow them (metrics, the log): told of every run that finished,
 * whichever way it was started (the API, a background job, the command line).
 */
public interface FileActivity {

    /** Tells nobody: for tools that run imports outside the service. */
    FileActivity NONE = new FileActivity() {
        @Override
        public void imported(SheetKind kind, ImportReport report, Duration took) {
            // nobody follows
        }

        @Override
        public void exported(SheetKind kind, long rows, Duration took) {
            // nobody follows
        }
    };

    void imported(SheetKind kind, ImportReport report, Duration took);

    void exported(SheetKind kind, long rows, Duration took);
}
