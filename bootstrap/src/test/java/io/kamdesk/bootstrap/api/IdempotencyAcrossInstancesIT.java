package io.kamdesk.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.testing.TestPostgres;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.ApiClient.Response;
import io.kamdesk.bootstrap.support.ServiceInstances;
import io.kamdesk.bootstrap.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Twenty simultaneous POSTs with one Idempotency-Key, split over two instances on one database. */
class IdempotencyAcrossInstancesIT {

    private ServiceInstances instances;

    @AfterEach
    void stopInstances() {
        instances.close();
    }

    @Test
    void twentyConcurrentPostsWithOneKey_overTwoInstances_createOneRecord_andAllAnswerTheSame() throws Exception {
        instances = new ServiceInstances(TestPostgres.freshDatabase());
        ApiClient a = instances.start("idempotency-a").api();
        ApiClient b = instances.start("idempotency-b").api();
        ServiceInstances.awaitReady(a);
        ServiceInstances.awaitReady(b);
        String token = a.logIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).access();
        String key = UUID.randomUUID().toString();
        Map<String, Object> customer = Map.of("name", "Once Ltd", "email", "once@idempotency.test", "phone",
                "01711000045");

        List<Callable<Response>> posts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ApiClient instance = i % 2 == 0 ? a : b;
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
}
