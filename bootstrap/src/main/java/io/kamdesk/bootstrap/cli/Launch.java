package io.kamdesk.bootstrap.cli;

import io.kamdesk.adapter.out.persistence.embedded.EmbeddedPostgresUnavailableException;
import java.io.PrintStream;
import java.util.Optional;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a batch command needs from its process: where the report goes ({@code out}, standard output),
 * where progress and messages go ({@code err}), whether {@code err} is a terminal, and how to start
 * the application (without the web server or the job worker) once the arguments are known good.
 */
record Launch(Class<?> application, String[] settings, PrintStream out, PrintStream err, boolean terminal) {

    /** Thrown when the application cannot start; the message is one line for the user. */
    static final class StartFailedException extends RuntimeException {

        StartFailedException(String message) {
            super(message);
        }
    }

    ConfigurableApplicationContext start() {
        try {
            return new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .properties("logging.level.root=error",
                            // a start that fails is told in one line by the command, not as a report and a trace
                            "logging.level.org.springframework.boot.diagnostics=off",
                            "logging.level.org.springframework.boot.SpringApplication=off",
                            "kamdesk.jobs.worker=false")
                    .run(settings);
        } catch (RuntimeException failed) {
            throw new StartFailedException(reason(failed));
        }
    }

    private static String reason(Throwable failed) {
        Optional<Throwable> embedded = Optional.empty();
        Throwable deepest = failed;
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof EmbeddedPostgresUnavailableException) {
                embedded = Optional.of(cause);
            }
            deepest = cause;
        }
        String message = embedded.orElse(deepest).getMessage();
        return (message == null ? "an unexpected error; see the log" : message).lines().findFirst().orElse("");
    }
}
