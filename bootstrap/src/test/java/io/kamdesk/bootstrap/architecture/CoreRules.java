package io.kamdesk.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.INTERFACES;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.lang.ArchRule;

/** Rules 1–3: the core (domain and application) and its ports. */
final class CoreRules {

    private static final String JDK = "java..";

    private CoreRules() {
    }

    /** Rule 1. */
    static ArchRule domainDependsOnlyOnJdk(Layout layout) {
        return classes().that().resideInAPackage(layout.domain())
                .should().onlyDependOnClassesThat().resideInAnyPackage(layout.domain(), JDK)
                .because("the domain is plain Java that any adapter or test can use as it is")
                .allowEmptyShould(false);
    }

    /** Rule 1: money and quantities are exact; a binary fraction cannot hold 0.10. */
    static ArchRule domainHasNoFloatingPointFields(Layout layout) {
        return noFields().that().areDeclaredInClassesThat().resideInAPackage(layout.domain())
                .should().haveRawType(double.class)
                .orShould().haveRawType(float.class)
                .orShould().haveRawType(Double.class)
                .orShould().haveRawType(Float.class)
                .because("amounts are BigDecimal (Money) with a named rounding")
                .allowEmptyShould(false);
    }

    /** Rule 2. */
    static ArchRule applicationDependsOnlyOnJdkAndDomain(Layout layout) {
        return classes().that().resideInAPackage(layout.application())
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(layout.application(), layout.domain(), JDK)
                .allowEmptyShould(false);
    }

    /**
     * Rule 2, said outright: rule 1 and the first half of rule 2 already forbid Spring, but this one
     * names the usual creep (a {@code @Service}, a {@code @Transactional}) in its report.
     */
    static ArchRule coreUsesNoSpring(Layout layout) {
        return noClasses().that().resideInAnyPackage(layout.domain(), layout.application())
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("services are wired by @Bean methods in bootstrap, not found by scanning")
                .allowEmptyShould(false);
    }

    /** Rule 3. */
    static ArchRule portsDoNotDependOnServices(Layout layout) {
        return noClasses().that().resideInAnyPackage(layout.inPorts(), layout.outPorts())
                .should().dependOnClassesThat().resideInAPackage(layout.services())
                .allowEmptyShould(false);
    }

    /** Rule 3: what a use case offers never mentions how the application reaches the outside. */
    static ArchRule inPortsDoNotDependOnOutPorts(Layout layout) {
        return noClasses().that().resideInAPackage(layout.inPorts())
                .should().dependOnClassesThat().resideInAPackage(layout.outPorts())
                .allowEmptyShould(false);
    }

    /**
     * Rule 3, stated precisely. A read model flows through both sides: the repository fills the very
     * {@code …View} that the use case answers with, filtered by the very {@code …Query} it was given
     * (e.g. {@code SessionRepository.list(ListSessionsQuery, …, ResultSink<SessionView>)}). Copying
     * those records into mirror types would only add a mapping layer, so out-ports may use the
     * in-ports' data types (records, enums). What they must never use is an in-port interface, that
     * is a use case: an out-port calling back into the application would turn the hexagon inside out.
     */
    static ArchRule outPortsUseNoInPortInterfaces(Layout layout) {
        return noClasses().that().resideInAPackage(layout.outPorts())
                .should().dependOnClassesThat(resideInAPackage(layout.inPorts()).and(INTERFACES)
                        .as("are in-port interfaces (use cases)"))
                .because("out-ports may share the in-ports' query and view records, not their use cases")
                .allowEmptyShould(false);
    }
}
