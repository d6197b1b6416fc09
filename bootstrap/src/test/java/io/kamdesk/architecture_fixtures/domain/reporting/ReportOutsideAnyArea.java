package io.kamdesk.architecture_fixtures.domain.reporting;

/** Bad (rule 6): a core package that belongs to no known area escapes every area rule. */
public record ReportOutsideAnyArea(String title) {
}
