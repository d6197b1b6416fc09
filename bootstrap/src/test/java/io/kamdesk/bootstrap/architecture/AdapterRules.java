package io.kamdesk.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** Rules 4 and 5: adapters, bootstrap, and where each technology may appear. */
final class AdapterRules {

    private AdapterRules() {
    }

    /** Rule 4: bootstrap is the one place that knows services, because it wires them. */
    static ArchRule adaptersUseNoServices(Layout layout) {
        return noClasses().that().resideInAPackage(layout.adapters())
                .should().dependOnClassesThat().resideInAPackage(layout.services())
                .because("adapters talk to the application through its ports")
                .allowEmptyShould(false);
    }

    /** Rule 4: the Maven modules forbid this already; the rule keeps it true inside one module too. */
    static ArchRule adaptersDoNotDependOnEachOther(Layout layout) {
        return slices().matching(layout.base() + ".adapter.(*).(*)..").namingSlices("adapter $1.$2")
                .should().notDependOnEachOther()
                .allowEmptyShould(false);
    }

    /** Rule 4. */
    static ArchRule nothingDependsOnBootstrap(Layout layout) {
        return noClasses().that().resideInAPackage(layout.everything())
                .and().resideOutsideOfPackage(layout.bootstrap())
                .should().dependOnClassesThat().resideInAPackage(layout.bootstrap())
                .allowEmptyShould(false);
    }

    /** Rule 5: generated code included, so a table class never leaks into a view or a controller. */
    static ArchRule jooqOnlyInPersistence(Layout layout) {
        return noClasses().that().resideInAPackage(layout.everything())
                .and().resideOutsideOfPackage(layout.persistence())
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", layout.generatedJooq())
                .allowEmptyShould(false);
    }

    /** Rule 5: POI, opencsv and fastexcel. */
    static ArchRule spreadsheetLibrariesOnlyInFileio(Layout layout) {
        return noClasses().that().resideInAPackage(layout.everything())
                .and().resideOutsideOfPackage(layout.fileio())
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "com.opencsv..",
                        "org.dhatim.fastexcel..")
                .allowEmptyShould(false);
    }

    /**
     * Rule 5. Spring Web counts as the spring-web jar ({@code org.springframework.web},
     * {@code org.springframework.http}) and the Servlet API under it. Other Spring (context,
     * transactions, JDBC) is fine in any adapter.
     */
    static ArchRule springWebAndSecurityOnlyInRestAndBootstrap(Layout layout) {
        return noClasses().that().resideInAPackage(layout.everything())
                .and().resideOutsideOfPackages(layout.rest(), layout.bootstrap())
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.http..", "jakarta.servlet..", "org.springframework.security..")
                .allowEmptyShould(false);
    }
}
