package io.kamdesk.bootstrap.fileio;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Spreadsheet imports and exports over HTTP. */
@FullStackTest
class ImportExportIT {

    private static final String PASSWORD = "Sturdy-Passphrase-42";

    @LocalServerPort
    int port;

    ApiClient api;
    String root;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        root = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).access();
    }

    @Test
    void customersCsv_goodRowsWritten_badRowsReported_andASecondImportChangesNothing() {
        String tag = "c" + System.nanoTime();
        String csv = "Name,E-mail,Phone Number,Monthly Revenue\n"
                + "Alpha " + tag + ",alpha." + tag + "@import.test,01711000001,5000\n"
                + "Beta " + tag + ",beta." + tag + "@import.test,01711000002,\"1,250.50\"\n"
                + "Gamma " + tag + ",not-an-email,01711000003,10\n";

        Response first = api.upload("/api/customers/import/", "customers.csv", bytes(csv), root);
        Response again = api.upload("/api/customers/import/", "customers.csv", bytes(csv), root);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("success").asBoolean()).isFalse();
        assertThat(first.json().get("processed").asInt()).isEqualTo(3);
        assertThat(first.json().get("created").asInt()).isEqualTo(2);
        assertThat(first.json().get("errors").get(0).asString()).isEqualTo("Row 4: E-mail: Enter a valid email address.");
        assertThat(first.json().get("error_details").get(0).get("row").asInt()).isEqualTo(4);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("updated").asInt()).isZero();
        Response beta = api.get("/api/customers/?search=beta." + tag, root);
        assertThat(beta.json().get(0).get("monthly_revenue").asString()).isEqualTo("1250.50");
        assertThat(beta.json().get(0).get("phone").asString()).isEqualTo("01711000002");
    }

    @Test
    void dryRunAndAtomicMode_writeNothingWhenTheyShouldNot() {
        String tag = "d" + System.nanoTime();
        String csv = "name,email,phone\nDry " + tag + ",dry." + tag + "@import.test,01711000009\n"
                + "Bad " + tag + ",bad,01711000010\n";

        Response dry = api.upload("/api/customers/import/?dry_run=true", "c.csv", bytes(csv), root);
        Response atomic = api.upload("/api/customers/import/?mode=atomic", "c.csv", bytes(csv), root);

        assertThat(dry.json().get("created").asInt()).isEqualTo(1);
        assertThat(dry.json().get("written").asBoolean()).isFalse();
        assertThat(atomic.json().get("success").asBoolean()).isFalse();
        assertThat(atomic.json().get("created").asInt()).isZero();
        assertThat(api.get("/api/customers/?search=" + tag, root).json().size()).isZero();
    }

    @Test
    void receivablesSheet_importsUnchanged_andTwiceChangesNothing() throws Exception {
        String tag = "r" + System.nanoTime();
        byte[] sheet = receivablesSheet(tag);

        Response first = api.upload("/api/bills/import/", "receivables.xlsx", sheet, root);
        Response again = api.upload("/api/bills/import/", "receivables.xlsx", sheet, root);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("errors").size()).as(first.body()).isZero();
        assertThat(first.json().get("customers_created").asInt()).isEqualTo(2);
        assertThat(first.json().get("bills_created").asInt()).isEqualTo(2);
        assertThat(again.json().get("bills_created").asInt()).isZero();
        assertThat(again.json().get("bills_updated").asInt()).isZero();
        Response bills = api.get("/api/bills/?search=" + tag + "&ordering=billing_date", root);
        assertThat(bills.json().size()).isEqualTo(2);
        assertThat(bills.json().get(0).get("total_bill").asString()).isEqualTo("1050.00");
        assertThat(bills.json().get(0).get("total_due").asString()).isEqualTo("950.00");
        assertThat(bills.json().get(0).get("billing_date").asString()).isEqualTo("2025-11-30");
        Response customer = api.get("/api/customers/?search=" + tag + "&ordering=name", root);
        assertThat(customer.json().get(0).get("phone").asString()).isEqualTo("01711223344");
        assertThat(customer.json().get(0).get("link_id").asString()).isEqualTo("LNK-" + tag + "-1");
    }

    @Test
    void billRowWithWrongTotal_isReportedAndNotWritten() {
        String tag = "w" + System.nanoTime();
        String csv = "Name Of Party,E-mail,Phone Number,Billing Date,IIG-QT,Price,Total Bill\n"
                + "Wrong " + tag + ",wrong." + tag + "@import.test,01711000011,30/11/2025,10,100,999\n";

        Response response = api.upload("/api/bills/import/", "bills.csv", bytes(csv), root);

        assertThat(response.json().get("errors").get(0).asString()).startsWith("Row 2: Total Bill:");
        assertThat(response.json().get("customers_created").asInt()).isZero();
        assertThat(api.get("/api/customers/?search=" + tag, root).json().size()).as("no customer without its bill")
                .isZero();
    }

    @Test
    void salesPerson_importsOnlyForThemselves() {
        String kam = kam();
        String tag = "s" + System.nanoTime();
        String csv = "name,email,phone,kam\n"
                + "Mine " + tag + ",mine." + tag + "@import.test,01711000012,\n"
                + "Theirs " + tag + ",theirs." + tag + "@import.test,01711000013," + ADMIN_EMAIL + "\n";

        Response response = api.upload("/api/customers/import/", "c.csv", bytes(csv), kam);

        assertThat(response.json().get("created").asInt()).isEqualTo(1);
        assertThat(response.json().get("errors").size()).isEqualTo(1);
        assertThat(api.get("/api/customers/?search=mine." + tag, kam).json().size()).isEqualTo(1);
    }

    @Test
    void notASpreadsheet_orNoFile_answers400() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

        Response binary = api.upload("/api/customers/import/", "photo.csv", png, root);
        Response missingColumns = api.upload("/api/customers/import/", "c.csv", bytes("foo,bar\n1,2\n"), root);

        assertThat(binary.status()).isEqualTo(400);
        assertThat(binary.json().get("code").asString()).isEqualTo("unreadable_file");
        assertThat(missingColumns.status()).isEqualTo(400);
        assertThat(missingColumns.json().get("detail").asString()).contains("name", "email", "phone");
    }

    @Test
    void customersExport_isABomCsvDownload_neutralisesFormulas_andReimportsUnchanged() {
        String tag = "x" + System.nanoTime();
        api.post("/api/customers/", Map.of("name", "=HYPERLINK(\"evil\") " + tag, "email", "exp." + tag
                + "@import.test", "phone", "01711000014", "monthly_revenue", "42.50"), root);

        HttpResponse<byte[]> csv = api.download("/api/customers/export/?search=" + tag, root);
        HttpResponse<byte[]> xlsx = api.download("/api/customers/export/?format=excel&search=" + tag, root);
        Response reimport = api.upload("/api/customers/import/", "customers.csv", csv.body(), root);

        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("customers.csv");
        assertThat(text).startsWith("\uFEFF");
        assertThat(text).contains("'=HYPERLINK").contains("42.50");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("customers.xlsx");
        assertThat(xlsx.body()[0]).isEqualTo((byte) 'P');
        assertThat(reimport.json().get("errors").size()).as(reimport.body()).isZero();
        assertThat(reimport.json().get("created").asInt()).isZero();
    }

    /** A KAM whose (own-scope) role may also import. */
    private String kam() {
        String role = "kam_importer_" + System.nanoTime();
        api.post("/api/auth/roles/", Map.of("name", role, "data_scope", "own", "permissions", java.util.List.of(
                "customers:read", "customers:create", "customers:update", "customers:import")), root);
        String username = "imp" + System.nanoTime();
        api.post("/api/users/", Map.of("email", username + "@kamdesk.test", "username", username, "password",
                PASSWORD, "role", role), root);
        return api.logIn(username + "@kamdesk.test", PASSWORD).access();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The business's receivables layout with invented parties, real date and number cells and formulas. */
    private static byte[] receivablesSheet(String tag) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Receivables");
            CellStyle dates = book.createCellStyle();
            dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd-mmm-yy"));
            String[] header = {"SL", "Name Of Party", "E-mail", "Phone Number", "Link ID", "NTTN Com", "NTTN Cap",
                "Active Date", "Billing Date", "Termination Date", "IIG-QT", "Price", "FNA", "Price", "GGC", "Price",
                "CDN", "Price", "BDIX", "Price", "BAISHAN", "Price", "Total Bill", "Total Received", "Total Due",
                "Discount", "Remarks", "KAM"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int n = 1; n <= 2; n++) {
                Row row = sheet.createRow(n);
                int r = n + 1;
                row.createCell(0).setCellValue(n);
                row.createCell(1).setCellValue("Party " + n + " " + tag);
                row.createCell(2).setCellValue("party" + n + "." + tag + "@receivables.test");
                row.createCell(3).setCellValue(n == 1 ? "01711223344" : "01811223344");
                row.createCell(4).setCellValue("LNK-" + tag + "-" + n);
                row.createCell(5).setCellValue("COM-0" + n);
                row.createCell(6).setCellValue("CAP-0" + n);
                date(row.createCell(7), LocalDate.of(2025, 1, 1), dates);
                date(row.createCell(8), LocalDate.of(2025, 11, 30).plusDays(n - 1), dates);
                row.createCell(10).setCellValue(10);
                row.createCell(11).setCellValue(100);
                row.createCell(12).setCellValue(1);
                row.createCell(13).setCellValue(10);
                row.createCell(14).setCellValue(2);
                row.createCell(15).setCellValue(20);
                row.createCell(22).setCellFormula("K" + r + "*L" + r + "+M" + r + "*N" + r + "+O" + r + "*P" + r
                        + "-Z" + r);
                row.createCell(23).setCellValue(100);
                row.createCell(24).setCellFormula("W" + r + "-X" + r);
                row.createCell(25).setCellValue(0);
                row.createCell(26).setCellValue("Monthly bill " + tag);
                row.createCell(27).setCellValue(ADMIN_EMAIL);
            }
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void date(Cell cell, LocalDate date, CellStyle style) {
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }
}
