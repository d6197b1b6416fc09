package io.kamdesk.bootstrap.fileio;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.testing.TestPostgres;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.Eventually;
import io.kamdesk.bootstrap.support.ServiceInstances;
import io.kamdesk.bootstrap.support.TestUsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two service instances on one database: the instance running an import job is killed (SIGKILL) in
 * the middle of it; the other notices its silence (missed heartbeats), takes the job over and
 * finishes it from the last committed batch, with exact counts and no row written twice.
 */
class JobTakeoverIT {

    private static final int ROWS = 40_000;

    private ServiceInstances instances;

    @AfterEach
    void stopInstances() {
        instances.close();
    }

    @Test
    void killedWorker_itsJobIsFinishedByTheOtherInstance_exactlyOnce() throws Exception {
        instances = new ServiceInstances(TestPostgres.freshDatabase());
        ServiceInstances.Instance a = start("instance-a");
        ServiceInstances.Instance b = start("instance-b");
        ApiClient apiA = a.api();
        ApiClient apiB = b.api();
        ServiceInstances.awaitReady(apiA);
        ServiceInstances.awaitReady(apiB);
        String token = apiA.logIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).access();

        Response accepted = apiA.upload("/api/customers/import/?async=true", "takeover.csv", customers(), token);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        long job = accepted.json().get("id").asLong();
        Eventually.within(Duration.ofMinutes(2), () -> assertThat(instances.number(
                "select rows_read from import_job where id = " + job)).isGreaterThanOrEqualTo(3_000));
        String worker = instances.text("select picked_by from scheduled_tasks where task_instance = '" + job + "'");
        Process victim = worker.equals("instance-a") ? a.process() : b.process();
        ApiClient survivor = worker.equals("instance-a") ? apiB : apiA;
        victim.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long readWhenKilled = instances.number("select rows_read from import_job where id = " + job);
        assertThat(readWhenKilled).as("killed in the middle").isLessThan(ROWS);

        Eventually.within(Duration.ofMinutes(3), () -> assertThat(survivor.get("/api/import-jobs/" + job + "/", token)
                .json().get("status").asString()).isEqualTo("succeeded"));
        JsonNode done = survivor.get("/api/import-jobs/" + job + "/", token).json();
        assertThat(done.get("processed").asLong()).isEqualTo(ROWS);
        assertThat(done.get("customers_created").asLong()).isEqualTo(ROWS);
        assertThat(done.get("failed").asLong()).isZero();
        assertThat(done.get("unchanged").asLong()).as("no row of the killed run counted twice").isZero();
        assertThat(instances.number("select count(*) from customer where email like '%@takeover.test'"))
                .isEqualTo(ROWS);
        assertThat(instances.number("select attempts from import_job where id = " + job)).isEqualTo(2);
        assertThat(instances.text("select coalesce(max(picked_by), 'done') from scheduled_tasks where task_instance = '"
                + job + "'")).isEqualTo("done");
    }

    private ServiceInstances.Instance start(String name) throws IOException {
        return instances.start(name, "--kamdesk.jobs.polling-interval=1s", "--kamdesk.jobs.heartbeat-interval=1s",
                "--kamdesk.jobs.missed-heartbeats=4");
    }

    private static byte[] customers() {
        StringBuilder csv = new StringBuilder("name,email,phone\n");
        for (int n = 1; n <= ROWS; n++) {
            csv.append("Takeover ").append(n).append(",t").append(n).append("@takeover.test,0171")
                    .append(String.format("%07d", n)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
