package io.kamdesk.bootstrap.cli;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.demodata.port.in.GenerateDataUseCase;
import io.kamdesk.bootstrap.KamDeskApplication;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.FullStackTest;
import io.kamdesk.bootstrap.support.TestUsers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * The jar's {@code generate-data} command, run without the web server against the database of a
 * running service, which then serves what was generated: counts in the tables, a dashboard with
 * revenue, and generated KAMs who log in with the documented password and see their own customers.
 */
@FullStackTest
class GenerateDataCommandIT {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    DSLContext dsl;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void generateData_writesTheCounts_andTheServiceShowsThem() {
        int exit = run("generate-data", "--customers", "40", "--bills-per-customer", "3", "--users", "2",
                "--seed", "11");

        assertThat(exit).as(printed()).isZero();
        assertThat(printed()).contains("Generating 2 users and 40 customers with 3 bills each (120 bills), seed 11")
                .contains("users:              2 (kam1.s11@demo.kamdesk.local … kam2.s11@demo.kamdesk.local, "
                        + "password " + GenerateDataUseCase.USER_PASSWORD + ")")
                .contains("customers:          40").contains("bills:              120");
        assertThat(count("select count(*) from app_user where email like '%.s11@demo.kamdesk.local'")).isEqualTo(2);
        assertThat(count("select count(*) from customer where email like 'accounts.c%.s11@%'")).isEqualTo(40);
        assertThat(count("select count(*) from bill b join customer c on c.id = b.customer_id "
                + "where c.email like 'accounts.c%.s11@%'")).isEqualTo(120);
        assertThat(count("select count(*) from app_user u join role r on r.id = u.role_id "
                + "where u.email like '%.s11@demo.kamdesk.local' and r.name = 'sales_person'")).isEqualTo(2);

        ApiClient api = new ApiClient(port);
        String root = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD).access();
        JsonNode kpis = api.get("/api/dashboard/kpis/", root).json();
        assertThat(kpis.get("total_revenue").decimalValue()).as(kpis.toString()).isGreaterThan(BigDecimal.ZERO);
        assertThat(kpis.get("total_customers").asLong()).isGreaterThanOrEqualTo(40);
        assertThat(kpis.get("collection_rate").decimalValue()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));

        String kam = api.logIn("kam1.s11@demo.kamdesk.local", GenerateDataUseCase.USER_PASSWORD).access();
        ApiClient.Response own = api.get("/api/customers/", kam);
        assertThat(own.status()).isEqualTo(200);
        assertThat((long) own.json().size()).isEqualTo(count("select count(*) from customer c join app_user u "
                + "on u.id = c.kam_id where u.email = 'kam1.s11@demo.kamdesk.local'"));
    }

    @Test
    void withoutOptions_theDemoSetIsGenerated_andTheSameSeedAgainIsRefused() {
        int first = run("generate-data", "--seed", "12");
        String firstOutput = printed();
        output.reset();
        int again = run("generate-data", "--demo", "--seed", "12");

        assertThat(first).as(firstOutput).isZero();
        assertThat(count("select count(*) from customer where email like 'accounts.c%.s12@%'")).isEqualTo(300);
        assertThat(count("select count(*) from bill b join customer c on c.id = b.customer_id "
                + "where c.email like 'accounts.c%.s12@%'")).isEqualTo(300 * 24);
        assertThat(count("select count(*) from app_user where email like '%.s12@demo.kamdesk.local'")).isEqualTo(8);
        assertThat(again).isEqualTo(3);
        assertThat(printed()).contains("generate-data: nothing generated: Data of --seed 12 is already in this database "
                + "(user kam1.s12@demo.kamdesk.local exists); run with another --seed.");
        assertThat(count("select count(*) from customer where email like 'accounts.c%.s12@%'")).isEqualTo(300);
    }

    @Test
    void usageErrors_exitTwo_withTheUsage_andWriteNothing() {
        long customersBefore = count("select count(*) from customer");

        List<List<String>> mistakes = List.of(
                List.of("generate-data", "--clients", "5"),
                List.of("generate-data", "--customers", "many"),
                List.of("generate-data", "--customers", "-1"),
                List.of("generate-data", "--customers", "1000001"),
                List.of("generate-data", "--bills-per-customer", "121"),
                List.of("generate-data", "--users", "99999999999"),
                List.of("generate-data", "--seed"),
                List.of("generate-data", "--demo", "--customers", "5"),
                List.of("generate-data", "--users", "1", "--users", "2"));
        List<String> messages = new ArrayList<>();
        for (List<String> mistake : mistakes) {
            output.reset();

            int exit = run(mistake.toArray(String[]::new));

            assertThat(exit).as(String.join(" ", mistake)).isEqualTo(2);
            messages.add(printed().lines().findFirst().orElseThrow());
        }

        assertThat(messages).containsExactly("Unknown options: '--clients', '5'",
                "Invalid value for option '--customers': 'many' is not a whole number",
                "generate-data: The number of customers must be between 0 and 1000000.",
                "generate-data: The number of customers must be between 0 and 1000000.",
                "generate-data: The number of bills per customer must be between 0 and 120.",
                "generate-data: The number of users must be between 0 and 1000.",
                "Missing required parameter for option '--seed' (N)",
                "generate-data: --demo is a fixed size: leave it out to choose --customers, --bills-per-customer "
                        + "or --users.",
                "option '--users' (N) should be specified only once");
        assertThat(count("select count(*) from customer")).isEqualTo(customersBefore);
    }

    private int run(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--spring.datasource.url=" + environment.getProperty("spring.datasource.url"));
        args.add("--spring.datasource.username=" + environment.getProperty("spring.datasource.username"));
        args.add("--spring.datasource.password=" + environment.getProperty("spring.datasource.password"));
        args.add("--kamdesk.security.jwt.secret=" + TestUsers.JWT_SECRET);
        PrintStream both = new PrintStream(output, true, StandardCharsets.UTF_8);
        return Cli.run(KamDeskApplication.class, args.toArray(String[]::new), both, both, false);
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private long count(String sql) {
        return dsl.resultQuery(sql).fetchSingle().get(0, Long.class);
    }
}
