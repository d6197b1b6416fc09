package io.kamdesk.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static io.kamdesk.bootstrap.architecture.ImportedClasses.PRODUCTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import io.kamdesk.bootstrap.architecture.AllRules.NamedRule;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards against the quiet failure of architecture tests: rules that pass because they looked at
 * nothing, either because the import missed a module or because a rule points at a package that
 * does not exist.
 */
class ArchitectureCoverageTest {

    private static final Layout NOWHERE = new Layout("io.kamdesk.nowhere");

    static Stream<String> modulePackages() {
        Layout kamdesk = Layout.KAMDESK;
        return Stream.of(kamdesk.domain(), kamdesk.application(), kamdesk.rest(), kamdesk.persistence(),
                kamdesk.generatedJooq(), kamdesk.fileio(), kamdesk.bootstrap());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modulePackages")
    void production_includesEveryModule(String modulePackage) {
        JavaClasses module = PRODUCTION.that(resideInAPackage(modulePackage));

        assertThat(module).as("classes in %s", modulePackage).isNotEmpty();
    }

    @Test
    void production_includesNoTestCode() {
        Stream<String> locations = PRODUCTION.stream().map(ArchitectureCoverageTest::location);

        assertThat(locations).noneMatch(location -> location.contains("/test-classes/"))
                .noneMatch(location -> location.contains("-tests.jar"));
    }

    static Stream<NamedRule> everyRuleOnAMissingPackage() {
        return AllRules.on(NOWHERE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRuleOnAMissingPackage")
    void everyRule_pointingAtAMissingPackage_fails(NamedRule named) {
        ThrowingCallable checking = () -> named.rule().check(PRODUCTION);

        assertThatThrownBy(checking).isInstanceOf(AssertionError.class)
                .hasMessageMatching("(?s).*(failed to check any classes|Layer '\\w+' is empty).*");
    }

    private static String location(JavaClass type) {
        return type.getSource().map(source -> source.getUri().toString()).orElse("");
    }
}
