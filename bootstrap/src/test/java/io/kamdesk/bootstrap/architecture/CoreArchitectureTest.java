package io.kamdesk.bootstrap.architecture;

import static io.kamdesk.bootstrap.architecture.ImportedClasses.FIXTURES;
import static io.kamdesk.bootstrap.architecture.ImportedClasses.PRODUCTION;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.lang.ArchRule;
import io.kamdesk.architecture_fixtures.application.billing.port.in.BillCorrection;
import io.kamdesk.architecture_fixtures.application.billing.port.in.IssueBillCommand;
import io.kamdesk.architecture_fixtures.application.billing.port.in.UseCaseExposingOutPort;
import io.kamdesk.architecture_fixtures.application.billing.port.in.UseCaseExposingService;
import io.kamdesk.architecture_fixtures.application.billing.port.out.BillRepository;
import io.kamdesk.architecture_fixtures.application.billing.port.out.OutPortCallingUseCase;
import io.kamdesk.architecture_fixtures.application.crm.service.Slf4jLoggingService;
import io.kamdesk.architecture_fixtures.application.crm.service.SpringAnnotatedService;
import io.kamdesk.architecture_fixtures.domain.billing.BillUsingApplication;
import io.kamdesk.architecture_fixtures.domain.billing.FloatingPointPrice;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Rules 1–3 on production, each next to the proof that it reports a fixture breaking it. */
class CoreArchitectureTest {

    @Test
    void domain_dependsOnlyOnJdk() {
        ArchRule rule = CoreRules.domainDependsOnlyOnJdk(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void domain_dependsOnlyOnJdk_reportsDomainUsingApplication() {
        ArchRule rule = CoreRules.domainDependsOnlyOnJdk(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(BillUsingApplication.class.getName());
    }

    @Test
    void domain_hasNoFloatingPointFields() {
        ArchRule rule = CoreRules.domainHasNoFloatingPointFields(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void domain_hasNoFloatingPointFields_reportsDoubleAndFloat() {
        ArchRule rule = CoreRules.domainHasNoFloatingPointFields(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(FloatingPointPrice.class.getName() + ".amount")
                .hasMessageContaining(FloatingPointPrice.class.getName() + ".discount");
    }

    @Test
    void application_dependsOnlyOnJdkAndDomain() {
        ArchRule rule = CoreRules.applicationDependsOnlyOnJdkAndDomain(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void application_dependsOnlyOnJdkAndDomain_reportsLibraryInService() {
        ArchRule rule = CoreRules.applicationDependsOnlyOnJdkAndDomain(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(Slf4jLoggingService.class.getName());
    }

    @Test
    void core_usesNoSpring() {
        ArchRule rule = CoreRules.coreUsesNoSpring(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void core_usesNoSpring_reportsAnnotationOnly() {
        ArchRule rule = CoreRules.coreUsesNoSpring(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(SpringAnnotatedService.class.getName());
    }

    @Test
    void ports_doNotDependOnServices() {
        ArchRule rule = CoreRules.portsDoNotDependOnServices(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void ports_doNotDependOnServices_reportsPortNamingItsService() {
        ArchRule rule = CoreRules.portsDoNotDependOnServices(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(UseCaseExposingService.class.getName());
    }

    @Test
    void inPorts_doNotDependOnOutPorts() {
        ArchRule rule = CoreRules.inPortsDoNotDependOnOutPorts(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void inPorts_doNotDependOnOutPorts_reportsUseCaseExposingOutPort() {
        ArchRule rule = CoreRules.inPortsDoNotDependOnOutPorts(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(UseCaseExposingOutPort.class.getName());
    }

    @Test
    void outPorts_useNoInPortInterfaces() {
        ArchRule rule = CoreRules.outPortsUseNoInPortInterfaces(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void outPorts_useNoInPortInterfaces_reportsUseCaseButNotSharedRecords() {
        ArchRule rule = CoreRules.outPortsUseNoInPortInterfaces(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(OutPortCallingUseCase.class.getName())
                .hasMessageNotContaining(BillRepository.class.getName());
    }

    @Test
    void useCaseInputs_areCommandsOrQueries() {
        ArchRule rule = CoreRules.useCaseInputsAreCommandsOrQueries(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void useCaseInputs_areCommandsOrQueries_reportsAnInputNamedOtherwiseButNotACommand() {
        ArchRule rule = CoreRules.useCaseInputsAreCommandsOrQueries(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(BillCorrection.class.getName())
                .hasMessageNotContaining(IssueBillCommand.class.getName());
    }
}
