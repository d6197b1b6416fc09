package io.kamdesk.bootstrap.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The jar's batch commands, on picocli: {@code import} and {@code generate-data}, with
 * {@code --help} for the jar and for each. Arguments of the form {@code --name=value} or
 * {@code --dotted.name} are the application's settings ({@code --spring.datasource.url=…}); the
 * others belong to the command, which checks them (options, files) before the application and its
 * database start. Without a command the jar starts the service.
 */
public final class Cli {

    /** Spring Boot's own switches, which are settings though they carry no value. */
    private static final Set<String> BOOT_SWITCHES = Set.of("--debug", "--trace");

    private Cli() {
    }

    /** True when the arguments ask for a command (or for help) rather than for the service. */
    public static boolean isCommand(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> !isSetting(arg));
    }

    /**
     * Runs the command and answers the exit code. The report goes to standard output; progress,
     * messages and the application's log go to standard error.
     */
    public static int run(Class<?> application, String[] args) {
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // the log's console appender writes to System.out: in a command, that is standard error
        System.setOut(stderr);
        return run(application, args, stdout, stderr, System.console() != null && System.console().isTerminal());
    }

    /** As {@link #run(Class, String[])}, writing to {@code out} and {@code err}. */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err, boolean terminal) {
        String[] settings = Arrays.stream(args).filter(Cli::isSetting).toArray(String[]::new);
        String[] command = Arrays.stream(args).filter(arg -> !isSetting(arg)).toArray(String[]::new);
        Launch launch = new Launch(application, settings, out, err, terminal);
        CommandLine line = new CommandLine(new Root())
                .addSubcommand("import", new ImportCommand(launch))
                .addSubcommand("generate-data", new GenerateDataCommand(launch))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(Long.class, Cli::wholeNumber)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler((failure, parsed, result) -> {
                    err.println(parsed.getCommandName() + ": " + (failure instanceof Launch.StartFailedException
                            ? "cannot start: " : "failed: ") + failure.getMessage());
                    return ExitCode.FAILURE;
                });
        return line.execute(command);
    }

    private static Long wholeNumber(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a whole number");
        }
    }

    private static boolean isSetting(String arg) {
        return arg.startsWith("--") && (arg.contains("=") || arg.contains(".") || BOOT_SWITCHES.contains(arg));
    }

    /** The jar itself: its help names the commands and how the service starts. */
    @Command(name = "java -jar kamdesk.jar", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = {"KAM Desk. Without a command, starts the service (settings as --name=value, see "
                    + "docs/configuration.md). With one, runs it against the configured database and exits.", ""},
            footer = {"", "Exit codes: 0 done; 1 done, some rows refused; 2 usage error (nothing started); "
                    + "3 failure (the file as a whole, the database or the service)."})
    static final class Root implements Runnable {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "Name a command, or --help.");
        }
    }

    /** The version of the jar, as its manifest has it. */
    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"KAM Desk " + (version == null ? "(development build)" : version)};
        }
    }
}
