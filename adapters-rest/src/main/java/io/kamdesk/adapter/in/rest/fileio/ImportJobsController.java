package io.kamdesk.adapter.in.rest.fileio;

import io.kamdesk.adapter.in.rest.shared.Downloads;
import io.kamdesk.adapter.in.rest.shared.ListParameters;
import io.kamdesk.adapter.in.rest.shared.ListQuery;
import io.kamdesk.adapter.in.rest.shared.ListResponder;
import io.kamdesk.application.fileio.port.in.RowProblem;
import io.kamdesk.application.fileio.port.in.job.CancelImportJobCommand;
import io.kamdesk.application.fileio.port.in.job.CancelImportJobUseCase;
import io.kamdesk.application.fileio.port.in.job.ExportFailedRowsUseCase;
import io.kamdesk.application.fileio.port.in.job.FailedRowsQuery;
import io.kamdesk.application.fileio.port.in.job.FindImportJobUseCase;
import io.kamdesk.application.fileio.port.in.job.ImportJobQuery;
import io.kamdesk.application.fileio.port.in.job.ImportJobSortField;
import io.kamdesk.application.fileio.port.in.job.ListImportJobsQuery;
import io.kamdesk.application.fileio.port.in.job.ListImportJobsUseCase;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.domain.fileio.ImportJobStatus;
import io.kamdesk.domain.fileio.SheetKind;
import io.kamdesk.domain.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Import jobs: the caller's own, or everyone's of the kinds they import with data scope all. Another
 * user's job is not found.
 */
@RestController
@RequestMapping(ImportJobResponse.PATH)
@Tag(name = "Import & Export")
class ImportJobsController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ListImportJobsUseCase listJobs;
    private final FindImportJobUseCase findJob;
    private final CancelImportJobUseCase cancelJob;
    private final ExportFailedRowsUseCase failedRows;
    private final ListResponder lists;

    ImportJobsController(ListImportJobsUseCase listJobs, FindImportJobUseCase findJob,
            CancelImportJobUseCase cancelJob, ExportFailedRowsUseCase failedRows, ListResponder lists) {
        this.listJobs = listJobs;
        this.findJob = findJob;
        this.cancelJob = cancelJob;
        this.failedRows = failedRows;
        this.lists = lists;
    }

    @GetMapping("/")
    @Operation(summary = "List import jobs", description = "Newest first by default. The caller's own jobs, and "
            + "with an import permission and data scope all, everyone's jobs of that kind. Synchronous imports "
            + "are listed too (in_background false).")
    @Parameter(name = "status", in = ParameterIn.QUERY, schema = @Schema(type = "string",
            allowableValues = {"queued", "running", "succeeded", "failed", "cancelled"}))
    @Parameter(name = "kind", in = ParameterIn.QUERY, schema = @Schema(type = "string",
            allowableValues = {"customers", "bills"}))
    @ApiResponse(responseCode = "200", description = "The jobs", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = ImportJobResponse.class))))
    @ListQuery(ordering = ImportJobSortField.class, search = "the file name and the name of who started it")
    void listImportJobs(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request,
            HttpServletResponse response) {
        ListParameters parameters = ListParameters.of(request);
        ListSpec<ImportJobSortField> spec = parameters.spec(ImportJobSortField.class);
        var query = new ListImportJobsQuery(viewer, parameters.choice("status", ImportJobStatus.class,
                ImportJobsController::code), parameters.choice("kind", SheetKind.class, ImportJobsController::code),
                spec);
        lists.respond(request, response, spec, sink -> listJobs.listImportJobs(query, sink), ImportJobResponse::of);
    }

    @GetMapping("/{id}/")
    @Operation(summary = "Read an import job", description = "Poll it while it runs: rows_processed grows, and "
            + "percent, rows_per_second and eta_seconds follow once the file's rows are counted.")
    @ApiResponse(responseCode = "200", description = "The job")
    @ApiResponse(responseCode = "404", description = "No job of yours with this id")
    ImportJobResponse getImportJob(@AuthenticationPrincipal Viewer viewer, @PathVariable long id) {
        return ImportJobResponse.of(findJob.findImportJob(new ImportJobQuery(viewer, id)));
    }

    @PostMapping("/{id}/cancel/")
    @Operation(summary = "Cancel an import job", description = "A queued job is cancelled at once; a running one "
            + "stops after its current batch of 1,000 rows. The batches committed before stay (written is "
            + "true); an atomic job or a dry run writes nothing.")
    @ApiResponse(responseCode = "200", description = "The job, cancelled or with cancel_requested true")
    @ApiResponse(responseCode = "404", description = "No job of yours with this id")
    @ApiResponse(responseCode = "409", description = "The job has already finished")
    ImportJobResponse cancelImportJob(@AuthenticationPrincipal Viewer viewer, @PathVariable long id) {
        return ImportJobResponse.of(cancelJob.cancelImportJob(new CancelImportJobCommand(viewer, id)));
    }

    @GetMapping("/{id}/failed-rows/")
    @Operation(summary = "Download the failed rows of an import", description = "format=csv (default), excel or "
            + "xlsx. Exactly the rows that failed, with their columns as uploaded plus error_row (the row's number "
            + "in the uploaded sheet) and error (why). Fix the cells and import the file again as it is.")
    @Parameter(name = "format", in = ParameterIn.QUERY, schema = @Schema(type = "string",
            allowableValues = {"csv", "excel", "xlsx"}))
    @ApiResponse(responseCode = "200", description = "failed_rows.csv or failed_rows.xlsx", content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
        @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "404", description = "No job of yours with this id")
    void downloadFailedRows(@AuthenticationPrincipal Viewer viewer, @PathVariable long id, HttpServletRequest request,
            HttpServletResponse response) {
        FileFormat format = Downloads.format(request.getParameter("format"));
        var query = new FailedRowsQuery(viewer, id, format, ImportJobsController::error);
        Downloads.send(response, "failed_rows", format, out -> failedRows.exportFailedRows(query, out));
    }

    /** {@code "email: Enter a valid email address."} */
    private static String error(RowProblem problem) {
        return (problem.column().isEmpty() ? "" : problem.column() + ": ") + FileWording.sentence(problem);
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
