package io.kamdesk.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.testing.TestPostgres;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.Eventually;
import io.kamdesk.bootstrap.support.ServiceInstances;
import io.kamdesk.bootstrap.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances on one database, started once: twenty simultaneous POSTs with one Idempotency-Key
 * split over them; then a keyed request whose instance is killed mid-way, retried on the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdempotencyAcrossInstancesIT {

    private static final int KILLED_IMPORT_ROWS = 30_000;

    private ServiceInstances instances;
    private ApiClient a;
    private ServiceInstances.Instance b;

    @BeforeAll
    void startInstances() throws Exception {
        instances = new ServiceInstances(TestPostgres.freshDatabase());
        a = instances.start("idempotency-a").api();
        b = instances.start("idempotency-b");
        ServiceInstances.awaitReady(a);
        ServiceInstances.awaitReady(b.api());
    }

    @AfterAll
    void stopInstances() {
        instances.close();
    }

    @Test
    @Order(1)
    void twentyConcurrentPostsWithOneKey_overTwoInstances_createOneRecord_andAllAnswerTheSame() throws Exception {
        String token = a.logIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).access();
        String key = UUID.randomUUID().toString();
        Map<String, Object> customer = Map.of("name", "Once Ltd", "email", "once@idempotency.test", "phone",
                "01711000045");

        List<Callable<Response>> posts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ApiClient instance = i % 2 == 0 ? a : b.api();
            posts.add(() -> instance.postWith("/api/customers/", customer, token, "Idempotency-Key", key));
        }
        List<Response> answers = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(20)) {
            for (Future<Response> answer : clients.invokeAll(posts)) {
                answers.add(answer.get());
            }
        }

        assertThat(answers).extracting(Response::status).containsOnly(201);
        assertThat(answers).extracting(Response::body).containsOnly(answers.getFirst().body());
        assertThat(answers).filteredOn(answer -> answer.header("Idempotent-Replayed") == null).hasSize(1);
        assertThat(instances.number("select count(*) from customer where email = 'once@idempotency.test'"))
                .isEqualTo(1);
    }

    /** Last: it kills the second instance. */
    @Test
    @Order(2)
    void aKeyedRequestKilledMidway_leavesNothing_andItsRetryOnAnotherInstanceRunsItOnce() throws Exception {
        ApiClient survivor = a;
        ServiceInstances.Instance doomed = b;
        String token = survivor.logIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).access();
        String key = UUID.randomUUID().toString();
        StringBuilder csv = new StringBuilder("name,email,phone\n");
        for (int i = 0; i < KILLED_IMPORT_ROWS; i++) {
            csv.append("Killed ").append(i).append(",killed").append(i).append("@idempotency.test,01711000046\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        try (ExecutorService client = Executors.newSingleThreadExecutor()) {
            client.submit(() -> doomed.api().upload("/api/customers/import/", "customers.csv", file, token,
                    "Idempotency-Key", key));
            Eventually.within(Duration.ofMinutes(2), () -> assertThat(instances.number("""
                    select count(*) from pg_locks l join pg_class c on c.oid = l.relation
                    where c.relname = 'customer' and l.mode = 'RowExclusiveLock'""")).as("the import writes")
                    .isPositive());
            doomed.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        assertThat(instances.number("select count(*) from customer where email like 'killed%@idempotency.test'")).isZero();
        assertThat(instances.number("select count(*) from idempotency_key where key = '" + key + "'")).isZero();
        Response retry = survivor.upload("/api/customers/import/", "customers.csv", file, token, "Idempotency-Key", key);
        Response again = survivor.upload("/api/customers/import/", "customers.csv", file, token, "Idempotency-Key", key);
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isNull();
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(instances.number("select count(*) from customer where email like 'killed%@idempotency.test'"))
                .isEqualTo(KILLED_IMPORT_ROWS);
    }
}
