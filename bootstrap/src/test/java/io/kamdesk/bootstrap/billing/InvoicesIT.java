package io.kamdesk.bootstrap.billing;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Invoices over HTTP: drafted per customer and month, issued and frozen, voided, listed, printed as PDF. */
@FullStackTest
class InvoicesIT {

    private static final String PASSWORD = "Correct-Horse-Battery-9";
    private static final String MONTH = "2026-03";

    @LocalServerPort
    int port;

    ApiClient api;
    String root;
    String kam;
    String otherKam;
    long kamId;
    long customer;
    long bill;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        root = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).access();
        String tag = "inv" + System.nanoTime();
        kamId = user(tag, "sales_person");
        kam = api.logIn(tag + "@invoices.test", PASSWORD).access();
        user("other" + tag, "sales_person");
        otherKam = api.logIn("other" + tag + "@invoices.test", PASSWORD).access();
        customer = customer("রহমান টেলিকম " + tag);
        // 10 × 100 + 2.5 × 40.10 = 1100.25 (100.25 after rounding), less 50.00
        bill = bill(customer, "2026-03-01", "cap-1", "50");
        bill(customer, "2026-03-15", "cap-2", "0");
        bill(customer, "2026-02-01", "cap-1", "0");
    }

    @Test
    void aDraft_groupsTheMonthsActiveBills_withItsFigures() {
        Response created = api.post("/api/invoices/", Map.of("customer", customer, "month", MONTH), kam);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode invoice = created.json();
        assertThat(invoice.get("invoice_number").asString()).matches("INV-202603-\\d{6}");
        assertThat(invoice.get("status").asString()).isEqualTo("draft");
        assertThat(invoice.get("issue_date").isNull()).isTrue();
        assertThat(invoice.get("bills")).hasSize(2);
        assertThat(invoice.get("lines")).hasSize(4);
        assertMoney(invoice.get("subtotal"), "2200.50");
        assertMoney(invoice.get("discount"), "50.00");
        assertMoney(invoice.get("vat"), "0.00");
        assertMoney(invoice.get("total"), "2150.50");
        assertMoney(invoice.get("due"), "2150.50");
        assertThat(invoice.get("customer_details").get("name").asString()).startsWith("রহমান");
        assertThat(api.get("/api/activity-logs/?action=create_invoice&resource_id=" + invoice.get("id").asLong(),
                root).body()).contains("create_invoice");
    }

    @Test
    void aMonthInvoicedOnce_orWithoutBills_orMalformed_isRefused() {
        api.post("/api/invoices/", Map.of("customer", customer, "month", MONTH), kam);

        Response twice = api.post("/api/invoices/", Map.of("customer", customer, "month", MONTH), kam);
        Response empty = api.post("/api/invoices/", Map.of("customer", customer, "month", "2026-05"), kam);
        Response malformed = api.post("/api/invoices/", Map.of("customer", customer, "month", "2026-13"), kam);
        Response missing = api.post("/api/invoices/", Map.of("month", MONTH), kam);
        Response foreign = api.post("/api/invoices/", Map.of("customer", customer, "month", MONTH), otherKam);

        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("invoice_exists");
        assertThat(empty.status()).isEqualTo(409);
        assertThat(empty.json().get("code").asString()).isEqualTo("nothing_to_invoice");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("month").contains("YYYY-MM");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("customer");
        assertThat(foreign.status()).isEqualTo(400);
    }

    @Test
    void issuing_datesAndFreezesIt_itsBillsCannotChange_butPaymentsStillArrive() {
        long id = draft();

        Response issued = api.post("/api/invoices/" + id + "/issue/", null, kam);

        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Dhaka"));
        assertThat(issued.json().get("status").asString()).isEqualTo("issued");
        assertThat(issued.json().get("issue_date").asString()).isEqualTo(today.toString());
        assertThat(issued.json().get("due_date").asString()).isEqualTo(today.plusDays(30).toString());
        assertThat(api.post("/api/invoices/" + id + "/issue/", null, kam).json().get("code").asString())
                .isEqualTo("invoice_not_draft");
        Response changed = api.patch("/api/bills/" + bill + "/", Map.of("discount", "0"), root);
        assertThat(changed.status()).as(changed.body()).isEqualTo(409);
        assertThat(changed.json().get("code").asString()).isEqualTo("bill_invoiced");
        assertThat(api.delete("/api/bills/" + bill + "/", root).status()).isEqualTo(409);
        assertThat(api.get("/api/bills/" + bill + "/", root).json().get("discount").asString()).isEqualTo("50.00");

        pay(bill, "1050.25");
        JsonNode partly = api.get("/api/invoices/" + id + "/", kam).json();
        assertMoney(partly.get("paid"), "1050.25");
        assertMoney(partly.get("due"), "1100.25");
        assertThat(partly.get("status").asString()).isEqualTo("issued");
        pay(partly.get("bills").get(1).asLong(), "1100.25");
        assertThat(api.get("/api/invoices/" + id + "/", kam).json().get("status").asString()).isEqualTo("paid");
        assertThat(api.get("/api/invoices/?status=paid&customer=" + customer, kam).json()).hasSize(1);
        assertThat(api.get("/api/invoices/?status=issued&customer=" + customer, kam).json()).isEmpty();
        assertThat(api.get("/api/activity-logs/?action=issue_invoice&resource_id=" + id, root).body())
                .contains("issue_invoice");
    }

    @Test
    void anImportRowChangingABillOfAnIssuedInvoice_isRefusedAlone() {
        long id = draft();
        api.post("/api/invoices/" + id + "/issue/", null, kam);
        JsonNode customerRecord = api.get("/api/customers/" + customer + "/", root).json();
        String csv = "name,email,billing_date,nttn_cap,iig_qt,iig_qt_price,bdix,bdix_price,discount\n"
                + customerRecord.get("name").asString() + "," + customerRecord.get("email").asString()
                + ",2026-03-01,cap-1,10,100,2.5,40.10,0\n";

        Response imported = api.upload("/api/bills/import/", "bills.csv", csv.getBytes(StandardCharsets.UTF_8),
                root);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("bills_updated").asInt()).as(imported.body()).isZero();
        assertThat(imported.json().get("errors").get(0).asString()).contains("issued invoice");
        assertThat(api.get("/api/bills/" + bill + "/", root).json().get("discount").asString()).isEqualTo("50.00");
    }

    @Test
    void voiding_needsAReason_freesTheBills_andTheMonthMayBeInvoicedAgain() {
        long id = draft();
        api.post("/api/invoices/" + id + "/issue/", null, kam);

        Response noReason = api.post("/api/invoices/" + id + "/void/", Map.of("reason", ""), root);
        Response voided = api.post("/api/invoices/" + id + "/void/", Map.of("reason", "Wrong discount"), root);

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(voided.status()).as(voided.body()).isEqualTo(200);
        assertThat(voided.json().get("status").asString()).isEqualTo("void");
        assertThat(voided.json().get("void_reason").asString()).isEqualTo("Wrong discount");
        assertThat(api.post("/api/invoices/" + id + "/void/", Map.of("reason", "again"), root).json().get("code")
                .asString()).isEqualTo("invoice_void");
        assertThat(api.patch("/api/bills/" + bill + "/", Map.of("discount", "0"), root).status()).isEqualTo(200);
        Response again = api.post("/api/invoices/", Map.of("customer", customer, "month", MONTH), kam);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertMoney(again.json().get("discount"), "0.00");
        assertThat(api.post("/api/invoices/" + id + "/void/", Map.of("reason", "x"), kam).status()).isEqualTo(403);
        assertThat(api.get("/api/activity-logs/?action=void_invoice&resource_id=" + id, root).body())
                .contains("Wrong discount");
    }

    @Test
    void thePdf_carriesTheNumberTotalsAndTheBanglaName() throws IOException {
        long id = draft();
        api.post("/api/invoices/" + id + "/issue/", null, kam);

        HttpResponse<byte[]> pdf = api.download("/api/invoices/" + id + "/?format=pdf", kam);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String number = api.get("/api/invoices/" + id + "/", kam).json().get("invoice_number").asString();
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains(number + ".pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(number, "2,150.50", "Page 1 of 1", "Taka Two Thousand One Hundred Fifty");
            assertThat(text.replaceAll("\\s", "")).contains("রহমান");
        }
        assertThat(api.get("/api/invoices/" + id + "/?format=docx", kam).status()).isEqualTo(400);
    }

    @Test
    void invoicesFollowTheirCustomersScope_andAreListedFilteredAndExported() {
        long id = draft();

        assertThat(api.get("/api/invoices/" + id + "/", otherKam).status()).isEqualTo(404);
        assertThat(api.get("/api/invoices/" + id + "/?format=pdf", otherKam).status()).isEqualTo(404);
        assertThat(api.post("/api/invoices/" + id + "/issue/", null, otherKam).status()).isEqualTo(404);
        assertThat(api.get("/api/invoices/?customer=" + customer, otherKam).json()).isEmpty();
        Response page = api.get("/api/invoices/?page=1&page_size=5&month=" + MONTH + "&customer=" + customer, kam);
        assertThat(page.json().get("count").asLong()).isEqualTo(1);
        assertThat(api.get("/api/invoices/?status=draft&customer=" + customer, kam).json()).hasSize(1);
        assertThat(api.get("/api/invoices/?month=2026-3", kam).status()).isEqualTo(400);
        assertThat(api.get("/api/invoices/?status=late", kam).status()).isEqualTo(400);
        HttpResponse<byte[]> csv = api.download("/api/invoices/export/?customer=" + customer, kam);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("invoice_number").contains("2150.50");
    }

    private long draft() {
        Response created = api.post("/api/invoices/", Map.of("customer", customer, "month", MONTH), kam);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long user(String name, String role) {
        Response user = api.post("/api/users/", Map.of("email", name + "@invoices.test", "username", name,
                "password", PASSWORD, "role", role), root);
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        return user.json().get("id").asLong();
    }

    private long customer(String name) {
        Response created = api.post("/api/customers/", Map.of("name", name, "email", "c" + System.nanoTime()
                + "@invoices.test", "phone", "01711000041", "assigned_sales_person", kamId,
                "address", "Agrabad, Chattogram"), root);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long bill(long customerId, String billingDate, String cap, String discount) {
        Map<String, Object> body = new HashMap<>(Map.of("customer", customerId, "billing_date", billingDate,
                "nttn_cap", cap, "iig_qt", "10", "iig_qt_price", "100", "bdix", "2.5", "bdix_price", "40.10"));
        body.put("discount", discount);
        Response created = api.post("/api/bills/", body, root);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private void pay(long billId, String amount) {
        Response paid = api.post("/api/bills/" + billId + "/payments/", Map.of("amount", amount, "method",
                "bank_transfer"), root);
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
    }

    private static void assertMoney(JsonNode value, String expected) {
        assertThat(new BigDecimal(value.asString())).as(value.toString()).isEqualByComparingTo(expected);
    }
}
