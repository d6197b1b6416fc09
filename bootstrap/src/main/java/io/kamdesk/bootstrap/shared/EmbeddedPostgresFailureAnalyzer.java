package io.kamdesk.bootstrap.shared;

import io.kamdesk.adapter.out.persistence.embedded.EmbeddedPostgresUnavailableException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start that fails on the embedded database says why in two sentences, not in a stack trace. */
class EmbeddedPostgresFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresUnavailableException cause) {
        return new FailureAnalysis(cause.getMessage(), "Fix the cause above, or run on an external PostgreSQL by "
                + "setting SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.", cause);
    }
}
