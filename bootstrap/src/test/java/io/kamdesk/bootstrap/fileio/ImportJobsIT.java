package io.kamdesk.bootstrap.fileio;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.fileio.port.in.job.PurgeImportJobsUseCase;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.Eventually;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Imports run as background jobs: queued, polled, downloaded as failed rows, cancelled, and kept private. */
@FullStackTest
class ImportJobsIT {

    private static final int ROWS = 20_000;
    private static final int BAD_EVERY = 500;

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    @Autowired
    PurgeImportJobsUseCase purge;

    ApiClient api;
    String root;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        root = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).access();
    }

    @Test
    void asyncImport_progressesToSucceeded_andItsFailedRowsFixedImportCleanly() {
        String tag = "j" + System.nanoTime();

        Response accepted = api.upload("/api/customers/import/?async=true", "customers.csv", customers(tag), root);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(location).isEqualTo("/api/import-jobs/" + accepted.json().get("id").asLong() + "/");
        assertThat(accepted.json().get("status").asString()).isIn("queued", "running");
        assertThat(accepted.json().get("file_name").asString()).isEqualTo("customers.csv");
        JsonNode done = pollUntilFinished(location);
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("succeeded");
        assertThat(done.get("rows_total").asLong()).isEqualTo(ROWS);
        assertThat(done.get("rows_processed").asLong()).isEqualTo(ROWS);
        assertThat(done.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(done.get("processed").asLong()).isEqualTo(ROWS);
        assertThat(done.get("failed").asLong()).isEqualTo(ROWS / BAD_EVERY);
        assertThat(done.get("customers_created").asLong()).isEqualTo(ROWS - ROWS / BAD_EVERY);
        assertThat(done.get("rows_per_second").asDouble()).isPositive();
        assertThat(done.get("started_by").get("username").asString()).isNotBlank();
        assertThat(done.get("in_background").asBoolean()).isTrue();

        HttpResponse<byte[]> failed = api.download(location + "failed-rows/?format=csv", root);
        assertThat(failed.statusCode()).isEqualTo(200);
        String failedCsv = new String(failed.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> lines = failedCsv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("name,email,phone,monthly_revenue,error_row,error");
        assertThat(lines).hasSize(1 + ROWS / BAD_EVERY);
        assertThat(lines.get(1)).isEqualTo("Bad " + tag + " 500,broken-500," + phone(500) + ",100,501,"
                + "email: Enter a valid email address.");

        byte[] fixed = failedCsv.replaceAll("broken-(\\d+)", "fixed.$1." + tag + "@jobs.test")
                .getBytes(StandardCharsets.UTF_8);
        Response reimported = api.upload("/api/customers/import/", "failed_rows.csv", fixed, root);
        assertThat(reimported.status()).as(reimported.body()).isEqualTo(200);
        assertThat(reimported.json().get("success").asBoolean()).as(reimported.body()).isTrue();
        assertThat(reimported.json().get("created").asLong()).isEqualTo(ROWS / BAD_EVERY);
        assertThat(api.get("/api/customers/?search=" + tag + "&page=1&page_size=1", root).json().get("count").asLong())
                .isEqualTo(ROWS);
    }

    @Test
    void preferRespondAsync_queuesTheImport() {
        String tag = "p" + System.nanoTime();
        byte[] csv = ("name,email,phone\nPrefer " + tag + ",prefer." + tag + "@jobs.test,01711000001\n")
                .getBytes(StandardCharsets.UTF_8);

        Response accepted = api.upload("/api/customers/import/", "one.csv", csv, root, "Prefer", "respond-async");

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.header("Preference-Applied")).isEqualTo("respond-async");
        JsonNode done = pollUntilFinished(accepted.header("Location"));
        assertThat(done.get("customers_created").asLong()).as(done.toString()).isEqualTo(1);
    }

    @Test
    void synchronousImport_answersAsBefore_andLeavesItsJobBehind() {
        String tag = "s" + System.nanoTime();
        byte[] csv = ("name,email,phone\nSync " + tag + ",sync." + tag + "@jobs.test,01711000001\nBad " + tag
                + ",nope,01711000002\n")
                .getBytes(StandardCharsets.UTF_8);

        Response report = api.upload("/api/customers/import/", "sync.csv", csv, root);

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("created").asLong()).isEqualTo(1);
        Response job = api.get(report.header("Content-Location"), root);
        assertThat(job.json().get("status").asString()).isEqualTo("succeeded");
        assertThat(job.json().get("in_background").asBoolean()).isFalse();
        assertThat(job.json().get("failed").asLong()).isEqualTo(1);
        HttpResponse<byte[]> failed = api.download(report.header("Content-Location") + "failed-rows/?format=excel",
                root);
        assertThat(failed.statusCode()).isEqualTo(200);
        assertThat(failed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .contains("spreadsheetml"));
    }

    @Test
    void cancel_stopsARunningJob_keepsItsCommittedBatches_andIsRefusedOnceFinished() {
        String tag = "x" + System.nanoTime();
        Response accepted = api.upload("/api/customers/import/?async=true", "big.csv", customers(tag), root);
        String location = accepted.header("Location");

        Response cancelled = api.post(location + "cancel/", Map.of(), root);

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("cancel_requested").asBoolean()).isTrue();
        JsonNode done = pollUntilFinished(location);
        assertThat(done.get("status").asString()).isEqualTo("cancelled");
        assertThat(done.get("processed").asLong()).isLessThan(ROWS);
        long written = api.get("/api/customers/?search=" + tag + "&page=1&page_size=1", root).json().get("count")
                .asLong();
        assertThat(written).isEqualTo(done.get("customers_created").asLong());
        Response again = api.post(location + "cancel/", Map.of(), root);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("job_finished");
    }

    @Test
    void anotherUsersJob_isNotFound_andTheirListLeavesItOut() {
        String tag = "o" + System.nanoTime();
        byte[] csv = ("name,email,phone\nOwn " + tag + ",own." + tag + "@jobs.test,01711000001\n")
                .getBytes(StandardCharsets.UTF_8);
        Response job = api.upload("/api/customers/import/?async=true", "own.csv", csv, root);
        String kam = tag + "@kamdesk.test";
        assertThat(api.post("/api/users/", Map.of("email", kam, "username", tag, "password", "Sturdy-Passphrase-42",
                "role", "sales_person"), root).status()).isEqualTo(201);
        String other = api.logIn(kam, "Sturdy-Passphrase-42").access();

        assertThat(api.get(job.header("Location"), other).status()).isEqualTo(404);
        assertThat(api.get(job.header("Location") + "failed-rows/", other).status()).isEqualTo(404);
        assertThat(api.post(job.header("Location") + "cancel/", Map.of(), other).status()).isEqualTo(404);
        assertThat(api.get("/api/import-jobs/", other).json().size()).isZero();
        assertThat(api.get("/api/import-jobs/?search=own.csv", root).json().size()).isPositive();
    }

    @Test
    void retention_removesOldJobs_andEndsSynchronousImportsWhoseServiceStopped() {
        String tag = "r" + System.nanoTime();
        byte[] csv = ("name,email,phone\nOld " + tag + ",old." + tag + "@jobs.test,01711000001\n")
                .getBytes(StandardCharsets.UTF_8);
        String old = api.upload("/api/customers/import/", "old.csv", csv, root).header("Content-Location");
        String abandoned = api.upload("/api/customers/import/", "abandoned.csv", csv, root).header("Content-Location");
        dsl.execute("update import_job set finished_at = now() - interval '31 days' where id = " + id(old));
        dsl.execute("update import_job set status = 'running', finished_at = null, "
                + "progressed_at = now() - interval '11 minutes' where id = " + id(abandoned));

        purge.purgeFinishedImportJobs();

        assertThat(api.get(old, root).status()).isEqualTo(404);
        assertThat(dsl.fetchCount(DSL.table("import_job_file"), DSL.field("job_id").eq(id(old)))).isZero();
        JsonNode interrupted = api.get(abandoned, root).json();
        assertThat(interrupted.get("status").asString()).isEqualTo("failed");
        assertThat(interrupted.get("failure").get("code").asString()).isEqualTo("interrupted");
        assertThat(interrupted.get("processed").asLong()).as("the counts of its last checkpoint").isEqualTo(1);
    }

    private static long id(String location) {
        return Long.parseLong(location.replaceAll("\\D", ""));
    }

    /** Polls the job until it has finished, checking that its progress never went back meanwhile. */
    private JsonNode pollUntilFinished(String location) {
        List<Long> seen = new ArrayList<>();
        AtomicReference<JsonNode> last = new AtomicReference<>();
        Eventually.within(Duration.ofMinutes(3), () -> {
            JsonNode job = api.get(location, root).json();
            seen.add(job.get("rows_processed").asLong());
            last.set(job);
            assertThat(job.get("status").asString()).as("still at %s", seen).isNotIn("queued", "running");
        });
        assertThat(seen).as("progress never goes back").isSorted();
        return last.get();
    }

    /** {@value #ROWS} customers; every {@value #BAD_EVERY}th row has a broken e-mail. */
    private static byte[] customers(String tag) {
        StringBuilder csv = new StringBuilder("name,email,phone,monthly_revenue\n");
        for (int n = 1; n <= ROWS; n++) {
            boolean bad = n % BAD_EVERY == 0;
            csv.append(bad ? "Bad " : "Good ").append(tag).append(' ').append(n).append(',')
                    .append(bad ? "broken-" + n : "c" + n + "." + tag + "@jobs.test").append(',')
                    .append(phone(n)).append(",100\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String phone(int n) {
        return "0171" + String.format("%07d", n);
    }
}
