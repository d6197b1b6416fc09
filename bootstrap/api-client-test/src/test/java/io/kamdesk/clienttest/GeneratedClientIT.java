package io.kamdesk.clienttest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kamdesk.client.ApiClient;
import io.kamdesk.client.ApiException;
import io.kamdesk.client.api.AuthApi;
import io.kamdesk.client.api.BillsApi;
import io.kamdesk.client.api.CustomersApi;
import io.kamdesk.client.api.DashboardApi;
import io.kamdesk.client.model.BillRequest;
import io.kamdesk.client.model.BillResponse;
import io.kamdesk.client.model.BillResponsePage;
import io.kamdesk.client.model.CustomerRequest;
import io.kamdesk.client.model.CustomerResponse;
import io.kamdesk.client.model.CustomerResponseList;
import io.kamdesk.client.model.CustomerResponsePage;
import io.kamdesk.client.model.DecimalInput;
import io.kamdesk.client.model.Kpis;
import io.kamdesk.client.model.LoginRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Java client generated at build time from the service's own OpenAPI document drives the service's
 * jar: it logs in, creates a customer and a bill, lists them with and without paging, reads the
 * dashboard and gets a typed 400. Anything the document says wrongly breaks this build.
 */
class GeneratedClientIT {

    private static final String ADMIN_EMAIL = "client@kamdesk.test";
    private static final String ADMIN_PASSWORD = "Correct-Horse-Battery-9";

    @TempDir
    static Path directory;

    private static Process service;
    private static ApiClient client;

    @BeforeAll
    static void startTheService() throws Exception {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        service = new ProcessBuilder(java, "-jar", jar().toString(), "--server.port=" + port,
                "--kamdesk.embedded-postgres.data-directory=" + directory.resolve("postgres-15"),
                "--kamdesk.admin.email=" + ADMIN_EMAIL, "--kamdesk.admin.password=" + ADMIN_PASSWORD,
                "--kamdesk.security.jwt.secret=generated-client-test-secret-0123456789abcdef")
                .redirectErrorStream(true).redirectOutput(directory.resolve("service.log").toFile()).start();
        awaitReady(port);
        client = new ApiClient();
        // a property on the wire that the document does not name is a lie of the document
        client.setObjectMapper(client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        client.updateBaseUri("http://localhost:" + port);
        String access = new AuthApi(client).login(new LoginRequest().email(ADMIN_EMAIL).password(ADMIN_PASSWORD))
                .getAccess();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + access));
    }

    @AfterAll
    static void stopTheService() throws InterruptedException {
        if (service != null) {
            service.destroy();
            service.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void customerAndBill_areCreatedAndListedWithAndWithoutPaging() throws ApiException {
        CustomersApi customers = new CustomersApi(client);
        BillsApi bills = new BillsApi(client);

        CustomerResponse acme = customers.createCustomer(new CustomerRequest().name("Acme Inc")
                .companyName("Acme Holdings").email("ops@acme.test").phone("+880 1711-222333")
                .monthlyRevenue(new DecimalInput(new BigDecimal("5000.00"))), null);
        BillRequest newBill = new BillRequest().customer(acme.getId()).billingDate(LocalDate.of(2025, 11, 30))
                .nttnCap("CAP-01").iigQt(new DecimalInput("10")).iigQtPrice(new DecimalInput("100.00"));
        BillResponse bill = bills.createBill(newBill, "client-retry-1");
        BillResponse retried = bills.createBill(newBill, "client-retry-1");
        Object everyCustomer = customers.listCustomers(null, null, "Acme", null, null, null).getActualInstance();
        Object firstPage = customers.listCustomers(null, null, null, "-created_at", 1, 10).getActualInstance();
        Object billPage = bills.listBills(null, acme.getId(), null, null, null, null, null, 1, 25).getActualInstance();

        assertThat(acme.getCustomerNumber()).startsWith("KTL-");
        assertThat(acme.getMonthlyRevenue()).isEqualTo("5000.00");
        assertThat(bill.getTotalBill()).isEqualTo("1000.00");
        assertThat(retried.getId()).as("a retry with the same Idempotency-Key").isEqualTo(bill.getId());
        assertThat(bill.getCustomerDetails().getCompanyName()).isEqualTo("Acme Holdings");
        assertThat(everyCustomer).isInstanceOfSatisfying(CustomerResponseList.class,
                list -> assertThat(list).extracting(CustomerResponse::getName).containsExactly("Acme Inc"));
        assertThat(firstPage).isInstanceOfSatisfying(CustomerResponsePage.class, page -> {
            assertThat(page.getCount()).isEqualTo(1L);
            assertThat(page.getNext()).isNull();
            assertThat(page.getResults()).extracting(CustomerResponse::getId).containsExactly(acme.getId());
        });
        assertThat(billPage).isInstanceOfSatisfying(BillResponsePage.class,
                page -> assertThat(page.getResults()).extracting(BillResponse::getId).containsExactly(bill.getId()));
    }

    @Test
    void dashboard_isRead() throws ApiException {
        Kpis kpis = new DashboardApi(client).kpis(null, null, null);

        assertThat(kpis.getTotalCustomers()).isNotNull();
        assertThat(kpis.getCollectionRate()).isNotNull();
    }

    @Test
    void invalidCustomer_isATypedBadRequestNamingItsFields() throws Exception {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> new CustomersApi(client)
                .createCustomer(new CustomerRequest().name("No Contact").email("not-an-email"), null));

        assertThat(refused.getCode()).isEqualTo(400);
        JsonNode body = new ObjectMapper().readTree(refused.getResponseBody());
        assertThat(body.path("code").asText()).isEqualTo("invalid");
        assertThat(body.path("email").get(0).asText()).isEqualTo("Enter a valid email address.");
        assertThat(body.has("phone")).isTrue();
        io.kamdesk.client.model.Error typed = client.getObjectMapper().readValue(refused.getResponseBody(),
                io.kamdesk.client.model.Error.class);
        assertThat(typed.getCode()).isEqualTo("invalid");
        assertThat(typed.getAdditionalProperties()).containsKeys("email", "phone");
    }

    private static void awaitReady(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("the service runs; see " + directory.resolve("service.log")).isTrue();
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the server is still starting
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("the service did not become ready: " + Files.readString(directory.resolve("service.log")));
    }

    private static Path jar() {
        Path jar = Path.of("..", "target", "kamdesk.jar");
        assertThat(jar).as("the service jar, built by bootstrap before this module").exists();
        return jar.toAbsolutePath().normalize();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
