package io.kamdesk.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.INTERFACES;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

    /**
     * Rule 3: a use case takes the application's inputs as records named for what they are: a
     * {@code …Command} changes something, a {@code …Query} reads. Enums, interfaces (callbacks, sinks)
     * and types from elsewhere (the {@code Viewer}, ids, streams) are not such inputs.
     */
    static ArchRule useCaseInputsAreCommandsOrQueries(Layout layout) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(layout.inPorts())
                .and().areDeclaredInClassesThat().haveSimpleNameEndingWith("UseCase")
                .should(takeInputsNamedAsCommandsOrQueries(PackageMatcher.of(layout.inPorts())))
                .allowEmptyShould(false);
    }

    private static ArchCondition<JavaMethod> takeInputsNamedAsCommandsOrQueries(PackageMatcher inPorts) {
        return new ArchCondition<>("take the application's inputs as …Command or …Query records") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (JavaType parameter : method.getParameterTypes()) {
                    List<JavaType> types = new ArrayList<>(List.of(parameter));
                    // a list of inputs is inputs; a sink's type argument is what the use case answers
                    if (parameter instanceof JavaParameterizedType generic
                            && generic.toErasure().isAssignableTo(Collection.class)) {
                        types.addAll(generic.getActualTypeArguments());
                    }
                    for (JavaType type : types) {
                        JavaClass input = type.toErasure();
                        boolean applicationInput = inPorts.matches(input.getPackageName()) && !input.isEnum()
                                && !input.isInterface();
                        if (applicationInput && !input.getSimpleName().endsWith("Command")
                                && !input.getSimpleName().endsWith("Query")) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes "
                                    + input.getName() + ", named neither …Command nor …Query"));
                        }
                    }
                }
            }
        };
    }
}
