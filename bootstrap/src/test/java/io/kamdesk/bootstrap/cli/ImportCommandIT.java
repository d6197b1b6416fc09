package io.kamdesk.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.testing.TestPostgres;
import io.kamdesk.bootstrap.KamDeskApplication;
import io.kamdesk.bootstrap.support.TestUsers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jar's {@code import} command, on a database of its own, without the web server: exit codes,
 * the report alone on standard output, and every usage mistake refused before anything starts.
 */
class ImportCommandIT {

    private static TestPostgres.TestDatabase database;

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void database() {
        database = TestPostgres.freshDatabase();
    }

    @Test
    void importOfAGoodFile_exitsZero_writesTheRows_andPrintsOnlyTheReportOnStandardOutput() throws Exception {
        Path file = csv("good.csv", "name,email,phone\nCli One,cli.one@cli.test,01711000021\n"
                + "Cli Two,cli.two@cli.test,01711000022\n");

        int exit = run("import", "customers", file.toString());

        assertThat(exit).as(errors()).isZero();
        assertThat(customerEmails()).contains("cli.one@cli.test", "cli.two@cli.test");
        assertThat(report()).startsWith("Import of customers: success").contains("processed:          2")
                .contains("created:            2");
        assertThat(errors()).doesNotContain("processed");
        assertThat(query("select details ->> 'file_name' || ' ' || (details ->> 'customers_created') || ' '"
                + " || (user_id = (select min(id) from app_user)) from activity_log where action = 'import_customers'"
                + " and details ->> 'file_name' = 'good.csv'"))
                .containsExactly("good.csv 2 true");
        assertThat(query("select count(*) from activity_log where action = 'create_customer'"
                + " and details -> 'record' ->> 'email' in ('cli.one@cli.test', 'cli.two@cli.test')"))
                .containsExactly("2");
    }

    @Test
    void importWithABadRow_exitsOne_andAtomicWritesNothing() throws Exception {
        Path file = csv("bad.csv", "name,email,phone\nCli Three,cli.three@cli.test,01711000023\n"
                + "Cli Bad,not-an-email,01711000024\n");

        int exit = run("import", "customers", file.toString(), "--atomic");

        assertThat(exit).isEqualTo(1);
        assertThat(report()).contains("(nothing written)").contains("Row 3: email: Enter a valid email address.");
        assertThat(customerEmails()).doesNotContain("cli.three@cli.test");
    }

    @Test
    void json_isTheMachineReadableReport() throws Exception {
        Path file = csv("json.csv", "name,email,phone\nCli Json,cli.json@cli.test,01711000031\nBad,bad,01711000032\n");

        int exit = run("import", "customers", file.toString(), "--json", "--dry-run");

        JsonNode json = JsonMapper.builder().build().readTree(report());
        assertThat(exit).isEqualTo(1);
        assertThat(json.get("processed").asLong()).isEqualTo(2);
        assertThat(json.get("created").asLong()).isEqualTo(1);
        assertThat(json.get("written").asBoolean()).isFalse();
        assertThat(json.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(json.get("errors").get(0).get("message").asString()).isEqualTo("Enter a valid email address.");
        assertThat(customerEmails()).doesNotContain("cli.json@cli.test");
    }

    @Test
    void usageMistakes_exitTwo_withAMessage_beforeAnythingStarts() throws Exception {
        Path file = csv("usage.csv", "name,email,phone\nCli Four,cli.four@cli.test,01711000025\n");
        List<List<String>> mistakes = List.of(
                List.of("import", "customers", file.toString(), "--dryrun"),
                List.of("import", "vendors", file.toString()),
                List.of("import", "customers", directory.resolve("absent.csv").toString()),
                List.of("import", "customers"),
                List.of("import", "customers", file.toString(), "--as", "not-an-email"),
                List.of("imprt", "customers", file.toString()));
        List<String> messages = new ArrayList<>();
        for (List<String> mistake : mistakes) {
            err.reset();

            // without a database: anything that tried to start would fail with exit code 3
            int exit = Cli.run(KamDeskApplication.class, mistake.toArray(String[]::new), stream(out), stream(err),
                    false);

            assertThat(exit).as(String.join(" ", mistake) + ": " + errors()).isEqualTo(2);
            messages.add(errors().lines().findFirst().orElseThrow());
        }

        assertThat(report()).isEmpty();
        assertThat(messages).containsExactly("Unknown option: '--dryrun'",
                "Invalid value for positional parameter at index 0 (KIND): expected one of [customers, bills] "
                        + "(case-insensitive) but was 'vendors'",
                "import: no such file: " + directory.resolve("absent.csv"),
                "Missing required parameter: 'FILE'",
                "import: --as not-an-email is not an e-mail address",
                "Unmatched arguments from index 0: 'imprt', 'customers', '" + file + "'");
        assertThat(customerEmails()).doesNotContain("cli.four@cli.test");
    }

    @Test
    void help_forTheJarAndForEachCommand_exitsZero() {
        int jar = Cli.run(KamDeskApplication.class, new String[] {"--help"}, stream(out), stream(err), false);
        String jarHelp = report();
        out.reset();
        int command = Cli.run(KamDeskApplication.class, new String[] {"import", "--help"}, stream(out), stream(err),
                false);

        assertThat(jar).isZero();
        assertThat(jarHelp).contains("import").contains("generate-data").contains("Exit codes");
        assertThat(command).isZero();
        assertThat(report()).contains("--dry-run").contains("--atomic").contains("--as=EMAIL").contains("--json");
    }

    @Test
    void aFileRefusedAsAWhole_exitsThree() throws Exception {
        Path file = csv("long.csv", "name,email,phone\nCli Five,cli.five@cli.test,01711000026\n"
                + "Cli Six,cli.six@cli.test,01711000027\n");

        int exit = run("import", "customers", file.toString(), "--kamdesk.imports.max-rows=2");

        assertThat(exit).isEqualTo(3);
        assertThat(errors()).contains("import: refused: The file has more than 2 rows.");
        assertThat(customerEmails()).doesNotContain("cli.five@cli.test");
    }

    @Test
    void theJar_printsHelpWithoutStarting_andExplainsAHeldEmbeddedDatabaseInOneLine() throws Exception {
        Process help = jar("--help");
        assertThat(help.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(help.exitValue()).isZero();
        assertThat(new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("Usage: java -jar kamdesk.jar");

        Path data = directory.resolve("postgres-15");
        Path file = csv("held.csv", "name,email,phone\nHeld,held@cli.test,01711000041\n");
        try (FileChannel channel = FileChannel.open(directory.resolve("postgres-15.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            Process blocked = jar("import", "customers", file.toString(),
                    "--kamdesk.embedded-postgres.data-directory=" + data);
            assertThat(blocked.waitFor(2, TimeUnit.MINUTES)).isTrue();
            String stderr = new String(blocked.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(blocked.exitValue()).as(stderr).isEqualTo(3);
            assertThat(stderr.strip().lines()).containsExactly("import: cannot start: Another running KAM Desk "
                    + "service uses the embedded database in " + data + "; stop it first, or give this one its own "
                    + "kamdesk.embedded-postgres.data-directory");
            assertThat(new String(blocked.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
        }
    }

    private int run(String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        all.add("--spring.datasource.url=" + database.url());
        all.add("--spring.datasource.username=" + database.username());
        all.add("--spring.datasource.password=" + database.password());
        all.add("--kamdesk.admin.email=" + TestUsers.ADMIN_EMAIL);
        all.add("--kamdesk.admin.password=" + TestUsers.ADMIN_PASSWORD);
        all.add("--kamdesk.security.jwt.secret=" + TestUsers.JWT_SECRET);
        return Cli.run(KamDeskApplication.class, all.toArray(String[]::new), stream(out), stream(err), false);
    }

    private static Process jar(String... args) throws Exception {
        Path jar = Path.of("target", "kamdesk.jar").toAbsolutePath();
        assertThat(jar).as("the service jar, built by the package phase before the integration tests").exists();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        command.add("--kamdesk.security.jwt.secret=" + TestUsers.JWT_SECRET);
        return new ProcessBuilder(command).start();
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String report() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path csv(String name, String content) throws Exception {
        Path file = directory.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** Empty as well before any command created the schema. */
    private static List<String> query(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
                database.password()); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static List<String> customerEmails() throws Exception {
        List<String> emails = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
                database.password())) {
            try (ResultSet exists = connection.createStatement().executeQuery(
                    "select to_regclass('public.customer') is not null")) {
                exists.next();
                if (!exists.getBoolean(1)) {
                    return emails;
                }
            }
            try (ResultSet rows = connection.createStatement().executeQuery("select email from customer")) {
                while (rows.next()) {
                    emails.add(rows.getString(1));
                }
            }
        }
        return emails;
    }
}
