package io.kamdesk.bootstrap.architecture;

import static io.kamdesk.bootstrap.architecture.ImportedClasses.FIXTURES;
import static io.kamdesk.bootstrap.architecture.ImportedClasses.PRODUCTION;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.lang.ArchRule;
import io.kamdesk.architecture_fixtures.adapter.in.rest.crm.CustomerControllerUsingImport;
import io.kamdesk.architecture_fixtures.adapter.in.rest.fileio.ImportController;
import io.kamdesk.architecture_fixtures.adapter.out.persistence.demodata.DemoDataTables;
import io.kamdesk.architecture_fixtures.application.crm.service.CustomerServiceGeneratingData;
import io.kamdesk.architecture_fixtures.application.crm.service.CustomerServiceReadingBills;
import io.kamdesk.architecture_fixtures.application.fileio.service.ImportThroughUseCase;
import io.kamdesk.architecture_fixtures.application.fileio.service.ImportWritingThroughRepository;
import io.kamdesk.architecture_fixtures.bootstrap.analytics.AnalyticsWiring;
import io.kamdesk.architecture_fixtures.domain.billing.BillUsingRevenue;
import io.kamdesk.architecture_fixtures.domain.identity.UserOwningCustomers;
import io.kamdesk.architecture_fixtures.domain.reporting.ReportOutsideAnyArea;
import io.kamdesk.architecture_fixtures.domain.shared.MoneyOfBills;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Rule 6 on production, each part next to the proof that it reports a fixture breaking it. */
class AreaArchitectureTest {

    @Test
    void core_isSplitIntoKnownAreas() {
        ArchRule rule = AreaRules.coreIsSplitIntoKnownAreas(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void core_isSplitIntoKnownAreas_reportsUnknownArea() {
        ArchRule rule = AreaRules.coreIsSplitIntoKnownAreas(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(ReportOutsideAnyArea.class.getName());
    }

    @Test
    void areas_dependOnlyOnAllowedAreas() {
        ArchRule rule = AreaRules.areasDependOnlyOnAllowedAreas(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void areas_dependOnlyOnAllowedAreas_reportsIdentityUsingCrm() {
        ArchRule rule = AreaRules.areasDependOnlyOnAllowedAreas(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(UserOwningCustomers.class.getName());
    }

    @Test
    void areas_dependOnlyOnAllowedAreas_reportsCrmUsingBilling() {
        ArchRule rule = AreaRules.areasDependOnlyOnAllowedAreas(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(CustomerServiceReadingBills.class.getName());
    }

    @Test
    void analytics_isALeaf() {
        ArchRule rule = AreaRules.analyticsIsALeaf(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void analytics_isALeaf_reportsOtherAreaButNotBootstrap() {
        ArchRule rule = AreaRules.analyticsIsALeaf(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(BillUsingRevenue.class.getName())
                .hasMessageNotContaining(AnalyticsWiring.class.getName());
    }

    @Test
    void fileio_isALeaf() {
        ArchRule rule = AreaRules.fileioIsALeaf(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void fileio_isALeaf_reportsOtherAreasAdapterButNotItsOwn() {
        ArchRule rule = AreaRules.fileioIsALeaf(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(CustomerControllerUsingImport.class.getName())
                .hasMessageNotContaining(ImportController.class.getName());
    }

    @Test
    void areas_areFreeOfCycles() {
        ArchRule rule = AreaRules.areasAreFreeOfCycles(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void areas_areFreeOfCycles_reportsSharedUsingBilling() {
        ArchRule rule = AreaRules.areasAreFreeOfCycles(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(MoneyOfBills.class.getName());
    }

    @Test
    void activity_isALeaf() {
        ArchRule rule = AreaRules.activityIsALeaf(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void demodata_isALeaf() {
        ArchRule rule = AreaRules.demodataIsALeaf(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void demodata_isALeaf_reportsAnotherAreaButNotItsOwnAdapter() {
        ArchRule rule = AreaRules.demodataIsALeaf(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(CustomerServiceGeneratingData.class.getName())
                .hasMessageNotContaining(DemoDataTables.class.getName());
    }

    @Test
    void fileio_usesOtherAreasThroughTheirUseCases() {
        ArchRule rule = AreaRules.fileioUsesOtherAreasThroughTheirUseCases(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void fileio_usesOtherAreasThroughTheirUseCases_reportsAnOutPortButNotAUseCase() {
        ArchRule rule = AreaRules.fileioUsesOtherAreasThroughTheirUseCases(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(ImportWritingThroughRepository.class.getName())
                .hasMessageNotContaining(ImportThroughUseCase.class.getName());
    }
}
