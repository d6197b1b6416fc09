package io.kamdesk.application.fileio.service;

import io.kamdesk.application.fileio.port.in.job.ExportFailedRowsUseCase;
import io.kamdesk.application.fileio.port.in.job.FailedRowsQuery;
import io.kamdesk.application.fileio.port.in.job.ImportJobQuery;
import io.kamdesk.application.fileio.port.out.ImportJobRepository;
import io.kamdesk.application.fileio.port.out.TabularReader;
import io.kamdesk.application.fileio.port.out.TabularRow;
import io.kamdesk.application.fileio.port.out.TabularRows;
import io.kamdesk.application.shared.sheet.TabularSink;
import io.kamdesk.application.shared.sheet.TabularWriter.Column;
import io.kamdesk.application.shared.sheet.TabularWriter.ColumnType;
import io.kamdesk.application.shared.sheet.TabularWriter;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The failed rows of a job, read again from its stored upload so that every cell is the one the user
 * sent; the problems come from the job, and the caller's wording puts them in sentences.
 */
public final class FailedRowsService implements ExportFailedRowsUseCase {

    private final ImportJobQueryService queries;
    private final ImportJobRepository jobs;
    private final TabularReader reader;
    private final TabularReader.ReadLimits limits;
    private final TabularWriter writer;

    public FailedRowsService(ImportJobQueryService queries, ImportJobRepository jobs, TabularReader reader,
            TabularReader.ReadLimits limits, TabularWriter writer) {
        this.queries = queries;
        this.jobs = jobs;
        this.reader = reader;
        this.limits = limits;
        this.writer = writer;
    }

    @Override
    public void exportFailedRows(FailedRowsQuery query, OutputStream out) {
        queries.findImportJob(new ImportJobQuery(query.viewer(), query.jobId()));
        Map<Integer, String> errors = new HashMap<>();
        jobs.problems(query.jobId(), problems -> errors.put(problems.getFirst().row(),
                problems.stream().map(query.wording()).collect(Collectors.joining(" "))));
        byte[] content = jobs.content(query.jobId());
        try (TabularRows rows = reader.open(new ByteArrayInputStream(content), limits)) {
            List<String> header = rows.hasNext() ? rows.next().cells() : List.of();
            List<Column> columns = new ArrayList<>();
            header.forEach(title -> columns.add(new Column(title, ColumnType.TEXT)));
            columns.add(new Column(ROW_COLUMN, ColumnType.INTEGER));
            columns.add(new Column(ERROR_COLUMN, ColumnType.TEXT));
            try (TabularSink sink = writer.open(out, query.format(), columns)) {
                while (rows.hasNext() && !errors.isEmpty()) {
                    TabularRow row = rows.next();
                    String error = errors.remove(row.number());
                    if (error != null) {
                        List<Object> values = new ArrayList<>(header.size() + 2);
                        for (int i = 0; i < header.size(); i++) {
                            values.add(row.cell(i));
                        }
                        values.add(row.number());
                        values.add(error);
                        sink.row(values);
                    }
                }
            }
        }
    }
}
