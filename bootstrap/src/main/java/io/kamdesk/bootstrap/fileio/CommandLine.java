package io.kamdesk.bootstrap.fileio;

import io.kamdesk.application.demodata.port.in.GenerateDataUseCase;
import io.kamdesk.application.fileio.port.in.ImportBillsUseCase;
import io.kamdesk.application.fileio.port.in.ImportCustomersUseCase;
import io.kamdesk.application.identity.port.in.user.ListUsersUseCase;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.identity.port.out.ViewerLookup;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The jar's batch commands, run without the web server: {@code import customers|bills FILE ...} and
 * {@code generate-data ...}. Arguments starting with {@code --spring.}, {@code --kamdesk.} or
 * {@code --logging.} are settings for the application; the others belong to the command, which checks
 * them before the application (and its database) starts.
 */
public final class CommandLine {

    static final String USAGE = ImportCommand.USAGE + "\n" + GenerateDataCommand.USAGE_LINE;

    /** One command: how its arguments are checked, and how it runs in the started application. */
    private record Command(Function<List<String>, Optional<String>> usageError, Runner runner) {
    }

    @FunctionalInterface
    private interface Runner {
        int run(ApplicationContext context, List<String> args, PrintStream out, boolean terminal);
    }

    private static final Map<String, Command> COMMANDS = Map.of(
            "import", new Command(ImportCommand::usageError, (context, args, out, terminal) -> new ImportCommand(
                    context.getBean(ImportCustomersUseCase.class), context.getBean(ImportBillsUseCase.class),
                    context.getBean(ViewerLookup.class), context.getBean(UserRepository.class),
                    context.getBean(ListUsersUseCase.class), out, terminal).run(args)),
            "generate-data", new Command(GenerateDataCommand::usageError, (context, args, out, terminal) ->
                    new GenerateDataCommand(context.getBean(GenerateDataUseCase.class), out, terminal).run(args)));

    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.containsKey(args[0]);
    }

    /** Runs the command against the configured database and answers the exit code. */
    public static int run(Class<?> application, String[] args) {
        // the command's report is its product: it goes to standard output, not to the log
        return run(application, args,
                new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                System.console() != null);
    }

    /** As {@link #run(Class, String[])}, writing to {@code out}. */
    public static int run(Class<?> application, String[] args, PrintStream out, boolean terminal) {
        String[] springArgs = Arrays.stream(args).filter(CommandLine::isSetting).toArray(String[]::new);
        List<String> commandArgs = Arrays.stream(args).filter(arg -> !isSetting(arg)).toList();
        Command command = commandArgs.isEmpty() ? null : COMMANDS.get(commandArgs.getFirst());
        if (command == null) {
            out.println(USAGE);
            return 2;
        }
        Optional<String> usageError = command.usageError().apply(commandArgs);
        if (usageError.isPresent()) {
            out.println(usageError.get());
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("logging.level.root=warn", "logging.level.kamdesk.security=warn", "kamdesk.jobs.worker=false")
                .run(springArgs)) {
            return command.runner().run(context, commandArgs, out, terminal);
        }
    }

    private static boolean isSetting(String arg) {
        return arg.startsWith("--spring.") || arg.startsWith("--kamdesk.") || arg.startsWith("--logging.");
    }
}
