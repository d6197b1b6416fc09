package io.kamdesk.bootstrap.fileio;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.testing.TestPostgres;
import io.kamdesk.bootstrap.KamDeskApplication;
import io.kamdesk.bootstrap.support.TestUsers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's {@code import} command, on a database of its own, without the web server. */
class ImportCommandIT {

    private static TestPostgres.TestDatabase database;

    @TempDir
    Path directory;

    @BeforeAll
    static void database() {
        database = TestPostgres.freshDatabase();
    }

    @Test
    void importOfAGoodFile_exitsZero_andWritesTheRows() throws Exception {
        Path file = csv("good.csv", "name,email,phone\nCli One,cli.one@cli.test,01711000021\n"
                + "Cli Two,cli.two@cli.test,01711000022\n");

        ByteArrayOutputStream output = new ByteArrayOutputStream();

        int exit = CommandLine.run(KamDeskApplication.class, arguments("import", "customers", file.toString()),
                new PrintStream(output, true, StandardCharsets.UTF_8), false);

        assertThat(exit).isZero();
        assertThat(customerEmails()).contains("cli.one@cli.test", "cli.two@cli.test");
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("Import of customers: success")
                .contains("processed:          2").contains("created:            2");
    }

    @Test
    void importWithABadRow_exitsOne_andAtomicWritesNothing() throws Exception {
        Path file = csv("bad.csv", "name,email,phone\nCli Three,cli.three@cli.test,01711000023\n"
                + "Cli Bad,not-an-email,01711000024\n");

        ByteArrayOutputStream output = new ByteArrayOutputStream();

        int exit = CommandLine.run(KamDeskApplication.class, arguments("import", "customers", file.toString(),
                "--atomic"), new PrintStream(output, true, StandardCharsets.UTF_8), false);

        assertThat(exit).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("(nothing written)")
                .contains("Row 3: email: Enter a valid email address.");
        assertThat(customerEmails()).doesNotContain("cli.three@cli.test");
    }

    @Test
    void dryRun_writesNothing_andUsageErrorsExitTwo() throws Exception {
        Path file = csv("dry.csv", "name,email,phone\nCli Four,cli.four@cli.test,01711000025\n");

        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        int dry = CommandLine.run(KamDeskApplication.class, arguments("import", "customers", file.toString(),
                "--dry-run"), quiet, false);
        int usage = CommandLine.run(KamDeskApplication.class, arguments("import", "vendors", file.toString()), quiet,
                false);
        int missing = CommandLine.run(KamDeskApplication.class, arguments("import", "customers",
                directory.resolve("absent.csv").toString()), quiet, false);

        assertThat(dry).isZero();
        assertThat(customerEmails()).doesNotContain("cli.four@cli.test");
        assertThat(usage).isEqualTo(2);
        assertThat(missing).isEqualTo(2);
    }

    @Test
    void rowLimitSetting_refusesALongerFile() throws Exception {
        Path file = csv("long.csv", "name,email,phone\nCli Five,cli.five@cli.test,01711000026\n"
                + "Cli Six,cli.six@cli.test,01711000027\n");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of(arguments("import", "customers", file.toString())));
        args.add("--kamdesk.imports.max-rows=2");

        int exit = CommandLine.run(KamDeskApplication.class, args.toArray(String[]::new),
                new PrintStream(output, true, StandardCharsets.UTF_8), false);

        assertThat(exit).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("more than 2 rows");
        assertThat(customerEmails()).doesNotContain("cli.five@cli.test");
    }

    private Path csv(String name, String content) throws Exception {
        Path file = directory.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static String[] arguments(String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        all.add("--spring.datasource.url=" + database.url());
        all.add("--spring.datasource.username=" + database.username());
        all.add("--spring.datasource.password=" + database.password());
        all.add("--kamdesk.admin.email=" + TestUsers.ADMIN_EMAIL);
        all.add("--kamdesk.admin.password=" + TestUsers.ADMIN_PASSWORD);
        all.add("--kamdesk.security.jwt.secret=" + TestUsers.JWT_SECRET);
        return all.toArray(String[]::new);
    }

    private static List<String> customerEmails() throws Exception {
        List<String> emails = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
                database.password()); ResultSet rows = connection.createStatement().executeQuery(
                        "select email from customer")) {
            while (rows.next()) {
                emails.add(rows.getString(1));
            }
        }
        return emails;
    }
}
