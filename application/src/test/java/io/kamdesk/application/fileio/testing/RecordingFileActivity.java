package io.kamdesk.application.fileio.testing;

import io.kamdesk.application.fileio.port.in.ImportReport;
import io.kamdesk.application.fileio.port.out.FileActivity;
import io.kamdesk.domain.fileio.SheetKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Keeps what the file area told its operators, in order. */
public final class RecordingFileActivity implements FileActivity {

    /** One finished import or export: what it held, how many rows, and the report of an import. */
    public record Told(String what, SheetKind kind, long rows, ImportReport report) {
    }

    private final List<Told> told = new ArrayList<>();

    @Override
    public synchronized void imported(SheetKind kind, ImportReport report, Duration took) {
        told.add(new Told("imported", kind, report.processed(), report));
    }

    @Override
    public synchronized void exported(SheetKind kind, long rows, Duration took) {
        told.add(new Told("exported", kind, rows, null));
    }

    public synchronized List<Told> told() {
        return List.copyOf(told);
    }
}
