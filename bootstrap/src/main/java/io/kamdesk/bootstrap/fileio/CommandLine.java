package io.kamdesk.bootstrap.fileio;

import io.kamdesk.application.fileio.port.in.ImportBillsUseCase;
import io.kamdesk.application.fileio.port.in.ImportCustomersUseCase;
import io.kamdesk.application.identity.port.in.ListUsersUseCase;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.identity.port.out.ViewerLookup;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The jar's batch commands: {@code import customers|bills FILE ...} runs without the web server. */
public final class CommandLine {

    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && args[0].equals("import");
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
        String[] springArgs = Arrays.stream(args).filter(arg -> arg.startsWith("--spring.")
                || arg.startsWith("--kamdesk.") || arg.startsWith("--logging.")).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("logging.level.root=warn", "logging.level.kamdesk.security=warn")
                .run(springArgs)) {
            ImportCommand command = new ImportCommand(context.getBean(ImportCustomersUseCase.class),
                    context.getBean(ImportBillsUseCase.class), context.getBean(ViewerLookup.class),
                    context.getBean(UserRepository.class), context.getBean(ListUsersUseCase.class), out, terminal);
            return command.run(Arrays.asList(args));
        }
    }
}
