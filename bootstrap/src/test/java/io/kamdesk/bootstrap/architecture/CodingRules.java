package io.kamdesk.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.BE_ANNOTATED_WITH_AN_INJECTION_ANNOTATION;
import static com.tngtech.archunit.library.GeneralCodingRules.THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.lang.ArchRule;

/**
 * Rule 7, on ArchUnit's own conditions. Its ready-made rules check whatever was imported; these are
 * scoped to the layout so that they cannot pass on an import that missed the code base.
 */
final class CodingRules {

    private CodingRules() {
    }

    static ArchRule noFieldInjection(Layout layout) {
        return noFields().that().areDeclaredInClassesThat().resideInAPackage(layout.everything())
                .should(BE_ANNOTATED_WITH_AN_INJECTION_ANNOTATION)
                .because("constructor injection keeps dependencies visible and classes testable without Spring")
                .allowEmptyShould(false);
    }

    static ArchRule noStandardStreams(Layout layout) {
        return noClasses().that().resideInAPackage(layout.everything())
                .should(ACCESS_STANDARD_STREAMS)
                .because("output goes through the logger, where it has a level, a time and a request id")
                .allowEmptyShould(false);
    }

    static ArchRule noGenericExceptions(Layout layout) {
        return noClasses().that().resideInAPackage(layout.everything())
                .should(THROW_GENERIC_EXCEPTIONS)
                .because("a typed exception is what the REST edge maps to a status and a code")
                .allowEmptyShould(false);
    }

    static ArchRule noJavaUtilLogging(Layout layout) {
        return noClasses().that().resideInAPackage(layout.everything())
                .should(USE_JAVA_UTIL_LOGGING)
                .because("logging goes through SLF4J, configured once by Spring Boot")
                .allowEmptyShould(false);
    }
}
