package io.kamdesk.bootstrap.fileio;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.testing.TestPostgres;
import io.kamdesk.bootstrap.support.Eventually;
import io.kamdesk.bootstrap.support.TestUsers;
import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a command-line bill import mid-way (SIGKILL, no shutdown hooks) and checks that only whole
 * rows were written: every customer the import created has its bill, every bill its exact total;
 * then the same file, imported again, completes the job without duplicating anything.
 */
class KilledImportIT {

    private static final int ROWS = 6_000;

    @TempDir
    Path directory;

    @Test
    void killedImport_leavesOnlyWholeRows_andASecondRunCompletesIt() throws Exception {
        TestPostgres.TestDatabase database = TestPostgres.freshDatabase();
        Path file = receivables();

        Process first = importProcess(database, file);
        Eventually.within(Duration.ofMinutes(3), () -> assertThat(count(database, "select count(*) from bill"))
                .isGreaterThanOrEqualTo(500));
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        long bills = count(database, "select count(*) from bill");
        assertThat(bills).as("the import was killed before it finished").isLessThan(ROWS);
        assertThat(count(database, "select count(*) from customer")).isEqualTo(bills);
        assertThat(count(database, """
                select count(*) from customer c where not exists (select 1 from bill b where b.customer_id = c.id)"""))
                .isZero();
        assertThat(sum(database, "select coalesce(sum(total_bill), 0) from bill"))
                .isEqualByComparingTo(BigDecimal.valueOf(bills * 1050L));

        Process second = importProcess(database, file);
        assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).isZero();
        assertThat(count(database, "select count(*) from bill")).isEqualTo(ROWS);
        assertThat(count(database, "select count(*) from customer")).isEqualTo(ROWS);
        assertThat(sum(database, "select sum(total_bill) from bill")).isEqualByComparingTo(BigDecimal.valueOf(ROWS * 1050L));
    }

    private Path receivables() throws Exception {
        Path file = directory.resolve("receivables.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Name Of Party,E-mail,Phone Number,NTTN Cap,Billing Date,IIG-QT,Price,FNA,Price,GGC,Price,"
                    + "Total Bill,Total Received\n");
            for (int n = 1; n <= ROWS; n++) {
                out.write("Party " + n + ",party" + n + "@killed.test,0171" + String.format("%07d", n)
                        + ",CAP-1,30/11/2025,10,100,1,10,2,20,1050,100\n");
            }
        }
        return file;
    }

    private static Process importProcess(TestPostgres.TestDatabase database, Path file) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar().toString(), "import", "bills",
                file.toString(), "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--kamdesk.admin.email=" + TestUsers.ADMIN_EMAIL,
                "--kamdesk.admin.password=" + TestUsers.ADMIN_PASSWORD,
                "--kamdesk.security.jwt.secret=" + TestUsers.JWT_SECRET));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Path jar() {
        Path jar = Path.of("target", "kamdesk.jar");
        assertThat(jar).as("the service jar, built by the package phase before the integration tests").exists();
        return jar.toAbsolutePath();
    }

    private static long count(TestPostgres.TestDatabase database, String sql) {
        return sum(database, sql).longValueExact();
    }

    private static BigDecimal sum(TestPostgres.TestDatabase database, String sql) {
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
                database.password()); ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getBigDecimal(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
