package io.kamdesk.bootstrap.architecture;

import static io.kamdesk.bootstrap.architecture.ImportedClasses.FIXTURES;
import static io.kamdesk.bootstrap.architecture.ImportedClasses.PRODUCTION;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.lang.ArchRule;
import io.kamdesk.architecture_fixtures.adapter.in.rest.billing.ControllerUsingJul;
import io.kamdesk.architecture_fixtures.adapter.out.persistence.billing.RepositoryWithFieldInjection;
import io.kamdesk.architecture_fixtures.bootstrap.billing.WiringPrintingToConsole;
import io.kamdesk.architecture_fixtures.domain.billing.BillThrowingGenericException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Rule 7 on production, each part next to the proof that it reports a fixture breaking it. */
class CodingArchitectureTest {

    @Test
    void code_usesNoFieldInjection() {
        ArchRule rule = CodingRules.noFieldInjection(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void code_usesNoFieldInjection_reportsAutowiredField() {
        ArchRule rule = CodingRules.noFieldInjection(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(RepositoryWithFieldInjection.class.getName());
    }

    @Test
    void code_usesNoStandardStreams() {
        ArchRule rule = CodingRules.noStandardStreams(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void code_usesNoStandardStreams_reportsSystemOut() {
        ArchRule rule = CodingRules.noStandardStreams(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(WiringPrintingToConsole.class.getName());
    }

    @Test
    void code_throwsNoGenericExceptions() {
        ArchRule rule = CodingRules.noGenericExceptions(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void code_throwsNoGenericExceptions_reportsRuntimeException() {
        ArchRule rule = CodingRules.noGenericExceptions(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(BillThrowingGenericException.class.getName());
    }

    @Test
    void code_usesNoJavaUtilLogging() {
        ArchRule rule = CodingRules.noJavaUtilLogging(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void code_usesNoJavaUtilLogging_reportsJulLogger() {
        ArchRule rule = CodingRules.noJavaUtilLogging(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(ControllerUsingJul.class.getName());
    }
}
