package io.kamdesk.bootstrap.architecture;

import static io.kamdesk.bootstrap.architecture.ImportedClasses.FIXTURES;
import static io.kamdesk.bootstrap.architecture.ImportedClasses.PRODUCTION;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.lang.ArchRule;
import io.kamdesk.architecture_fixtures.adapter.in.rest.billing.ControllerUsingJooq;
import io.kamdesk.architecture_fixtures.adapter.in.rest.billing.ControllerUsingPersistence;
import io.kamdesk.architecture_fixtures.adapter.in.rest.billing.ControllerUsingService;
import io.kamdesk.architecture_fixtures.adapter.in.rest.fileio.ControllerUsingPoi;
import io.kamdesk.architecture_fixtures.adapter.out.fileio.CsvCustomerReader;
import io.kamdesk.architecture_fixtures.adapter.out.persistence.billing.JooqBillRepository;
import io.kamdesk.architecture_fixtures.adapter.out.persistence.billing.RepositoryUsingBootstrap;
import io.kamdesk.architecture_fixtures.adapter.out.persistence.crm.RepositoryUsingOpencsv;
import io.kamdesk.architecture_fixtures.adapter.out.persistence.identity.RepositoryReadingSecurityContext;
import io.kamdesk.architecture_fixtures.adapter.out.persistence.identity.RepositoryUsingHttpStatus;
import io.kamdesk.architecture_fixtures.adapter.out.persistence.identity.RepositoryUsingServletRequest;
import io.kamdesk.architecture_fixtures.bootstrap.billing.BillingWiring;
import io.kamdesk.architecture_fixtures.bootstrap.billing.WiringUsingGeneratedJooq;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Rules 4 and 5 on production, each next to the proof that it reports a fixture breaking it. */
class AdapterArchitectureTest {

    @Test
    void adapters_useNoServices() {
        ArchRule rule = AdapterRules.adaptersUseNoServices(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void adapters_useNoServices_reportsControllerUsingServiceButNotWiring() {
        ArchRule rule = AdapterRules.adaptersUseNoServices(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(ControllerUsingService.class.getName())
                .hasMessageNotContaining(BillingWiring.class.getName());
    }

    @Test
    void adapters_doNotDependOnEachOther() {
        ArchRule rule = AdapterRules.adaptersDoNotDependOnEachOther(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void adapters_doNotDependOnEachOther_reportsControllerUsingRepository() {
        ArchRule rule = AdapterRules.adaptersDoNotDependOnEachOther(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(ControllerUsingPersistence.class.getName());
    }

    @Test
    void nothing_dependsOnBootstrap() {
        ArchRule rule = AdapterRules.nothingDependsOnBootstrap(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void nothing_dependsOnBootstrap_reportsAdapterUsingWiring() {
        ArchRule rule = AdapterRules.nothingDependsOnBootstrap(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(RepositoryUsingBootstrap.class.getName());
    }

    @Test
    void jooq_onlyInPersistence() {
        ArchRule rule = AdapterRules.jooqOnlyInPersistence(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void jooq_onlyInPersistence_reportsJooqApiAndGeneratedCodeOutsidePersistence() {
        ArchRule rule = AdapterRules.jooqOnlyInPersistence(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(ControllerUsingJooq.class.getName())
                .hasMessageContaining(WiringUsingGeneratedJooq.class.getName())
                .hasMessageNotContaining(JooqBillRepository.class.getName());
    }

    @Test
    void spreadsheetLibraries_onlyInFileio() {
        ArchRule rule = AdapterRules.spreadsheetLibrariesOnlyInFileio(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void spreadsheetLibraries_onlyInFileio_reportsPoiAndOpencsvOutsideFileio() {
        ArchRule rule = AdapterRules.spreadsheetLibrariesOnlyInFileio(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(ControllerUsingPoi.class.getName())
                .hasMessageContaining(RepositoryUsingOpencsv.class.getName())
                .hasMessageNotContaining(CsvCustomerReader.class.getName());
    }

    @Test
    void springWebAndSecurity_onlyInRestAndBootstrap() {
        ArchRule rule = AdapterRules.springWebAndSecurityOnlyInRestAndBootstrap(Layout.KAMDESK);

        rule.check(PRODUCTION);
    }

    @Test
    void springWebAndSecurity_onlyInRestAndBootstrap_reportsThemInPersistence() {
        ArchRule rule = AdapterRules.springWebAndSecurityOnlyInRestAndBootstrap(Layout.FIXTURES);

        ThrowingCallable checking = () -> rule.check(FIXTURES);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageContaining(RepositoryReadingSecurityContext.class.getName())
                .hasMessageContaining(RepositoryUsingServletRequest.class.getName())
                .hasMessageContaining(RepositoryUsingHttpStatus.class.getName());
    }
}
