package io.kamdesk.adapter.in.rest.billing;

import io.kamdesk.adapter.in.rest.shared.Downloads;
import io.kamdesk.adapter.in.rest.shared.ListParameters;
import io.kamdesk.application.billing.port.in.statement.CustomerStatementQuery;
import io.kamdesk.application.billing.port.in.statement.CustomerStatementView;
import io.kamdesk.application.billing.port.in.statement.GetCustomerStatementUseCase;
import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.domain.billing.Statement;
import io.kamdesk.domain.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A customer's statement of account: JSON, or a CSV/XLSX download with format=. */
@RestController
@Tag(name = "Payments")
class CustomerStatementController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final GetCustomerStatementUseCase statements;

    CustomerStatementController(GetCustomerStatementUseCase statements) {
        this.statements = statements;
    }

    @GetMapping("/api/customers/{id}/statement/")
    @Operation(summary = "A customer's statement", description = "from..to (both included; default the twelve "
            + "months ending today): the balance owed before from, each Active bill (debit, by billing date) and "
            + "each payment not void on those bills (credit, by the day paid) in date order with the running "
            + "balance, and the closing balance. A negative balance is a credit. format=csv, excel or xlsx "
            + "downloads it (with an opening and a closing row) instead of JSON.")
    @Parameter(name = "from", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "to", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "format", in = ParameterIn.QUERY, schema = @Schema(type = "string",
            allowableValues = {"json", "csv", "excel", "xlsx"}))
    @ApiResponse(responseCode = "200", description = "The statement", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                schema = @Schema(implementation = StatementResponse.class), examples = @ExampleObject(value = """
                        {"customer": {"id": 1, "name": "Acme Inc", "company_name": "Acme", "kam": "john_doe"},
                         "from": "2025-01-01", "to": "2025-12-31", "opening_balance": "0.00",
                         "lines": [{"date": "2025-11-30", "type": "bill", "id": 1,
                                    "reference": "KTL-BL-ACMEX-1-30112025",
                                    "description": "Bill", "debit": "1050.00", "credit": "0.00", "balance": "1050.00"},
                                   {"date": "2025-12-03", "type": "payment", "id": 7, "reference": "TRX8F2K1",
                                    "description": "bkash for KTL-BL-ACMEX-1-30112025", "debit": "0.00",
                                    "credit": "1000.00", "balance": "50.00"}],
                         "total_debit": "1050.00", "total_credit": "1000.00", "closing_balance": "50.00"}""")),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
        @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "400", description = "A bad date, from after to, or an unknown format")
    @ApiResponse(responseCode = "404", description = "No such customer within the caller's scope")
    ResponseEntity<StatementResponse> customerStatement(@AuthenticationPrincipal Viewer viewer,
            @PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
        ListParameters parameters = ListParameters.of(request);
        CustomerStatementQuery query = new CustomerStatementQuery(viewer, id, parameters.date("from"),
                parameters.date("to"));
        String format = request.getParameter("format");
        if (format == null || format.isBlank() || format.strip().toLowerCase(Locale.ROOT).equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(StatementResponse.from(statements.customerStatement(query)));
        }
        FileFormat file = Downloads.format(format);
        Downloads.send(response, "statement_" + id, file, out -> statements.exportCustomerStatement(query, file, out));
        // the download is written: nothing more to answer
        return null;
    }

    @Schema(name = "CustomerStatement")
    record StatementResponse(Customer customer, LocalDate from, LocalDate to, String openingBalance,
            List<Line> lines, String totalDebit, String totalCredit, String closingBalance) {

        static StatementResponse from(CustomerStatementView view) {
            Statement statement = view.statement();
            return new StatementResponse(new Customer(view.customer().id(), view.customer().name(),
                    view.customer().companyName(), view.customer().kam()), view.from(), view.to(),
                    statement.opening().toString(), statement.lines().stream().map(Line::from).toList(),
                    statement.totalDebit().toString(), statement.totalCredit().toString(),
                    statement.closing().toString());
        }
    }

    @Schema(name = "StatementCustomer")
    record Customer(long id, String name, String companyName, String kam) {
    }

    @Schema(name = "StatementLine")
    record Line(LocalDate date, @Schema(allowableValues = {"bill", "payment"}) String type, long id,
            String reference, String description, String debit, String credit, String balance) {

        static Line from(Statement.Line line) {
            Statement.Entry entry = line.entry();
            return new Line(entry.date(), entry.kind().name().toLowerCase(Locale.ROOT), entry.id(), entry.reference(),
                    entry.description(), entry.debit().toString(), entry.credit().toString(),
                    line.balance().toString());
        }
    }
}
