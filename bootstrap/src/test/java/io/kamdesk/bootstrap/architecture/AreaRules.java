package io.kamdesk.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;

/** Rule 6: which area may use which. */
final class AreaRules {

    private AreaRules() {
    }

    /**
     * Keeps the area list of {@link Layout} complete: a package outside it would slip through every
     * area rule below.
     */
    static ArchRule coreIsSplitIntoKnownAreas(Layout layout) {
        return classes().that().resideInAnyPackage(layout.domain(), layout.application())
                .should().resideInAnyPackage(layout.coreOfEveryArea())
                .allowEmptyShould(false);
    }

    /**
     * identity depends on no area but shared; crm not on billing. Areas are layers spanning the core
     * and their adapters. crm, billing, analytics and fileio have no classes yet, so their layers are
     * optional; shared and identity are not, which keeps the rule from passing on an empty import.
     */
    static ArchRule areasDependOnlyOnAllowedAreas(Layout layout) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("shared").definedBy(layout.area("shared"))
                .layer("identity").definedBy(layout.area("identity"))
                .optionalLayer("crm").definedBy(layout.area("crm"))
                .optionalLayer("billing").definedBy(layout.area("billing"))
                .optionalLayer("analytics").definedBy(layout.area("analytics"))
                .optionalLayer("fileio").definedBy(layout.area("fileio"))
                .whereLayer("identity").mayOnlyAccessLayers("shared")
                // "not billing"; analytics and fileio are excluded by their leaf rules anyway
                .whereLayer("crm").mayOnlyAccessLayers("shared", "identity")
                .allowEmptyShould(false);
    }

    /** Rule 6: only the demo-data generator's own adapters and bootstrap may use it. */
    static ArchRule demodataIsALeaf(Layout layout) {
        return leaf(layout, "demodata");
    }

    /**
     * Rule 6: fileio reaches the other areas through their use cases (in-ports) only, never through
     * their out-ports or services, so an import cannot bypass a rule the areas enforce.
     */
    static ArchRule fileioUsesOtherAreasThroughTheirUseCases(Layout layout) {
        String[] bypasses = Layout.AREAS.stream()
                .filter(area -> !List.of("shared", "fileio").contains(area))
                .flatMap(area -> Stream.of(layout.base() + ".application." + area + ".port.out..",
                        layout.base() + ".application." + area + ".service.."))
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(layout.base() + ".application.fileio..")
                .should().dependOnClassesThat().resideInAnyPackage(bypasses)
                .because("fileio uses the other areas as their users do, through their use cases")
                .allowEmptyShould(false);
    }

    /** Rule 6: only the activity log's own adapters and bootstrap may use it; it reads the others. */
    static ArchRule activityIsALeaf(Layout layout) {
        return leaf(layout, "activity");
    }

    /** Rule 6: only analytics' own adapters and bootstrap may use it. */
    static ArchRule analyticsIsALeaf(Layout layout) {
        return leaf(layout, "analytics");
    }

    /** Rule 6: only fileio's own adapters and bootstrap may use it. */
    static ArchRule fileioIsALeaf(Layout layout) {
        return leaf(layout, "fileio");
    }

    /** Rule 6: slices by area across domain and application. */
    static ArchRule areasAreFreeOfCycles(Layout layout) {
        return slices().matching(layout.base() + ".[domain|application].(*)..").namingSlices("area $1")
                .should().beFreeOfCycles()
                .allowEmptyShould(false);
    }

    /**
     * Written from the users' side rather than as a layer: every class outside the area is checked,
     * including the adapters' technical packages and classes of areas not yet written.
     */
    private static ArchRule leaf(Layout layout, String area) {
        String[] leaf = layout.area(area);
        String[] mayUseIt = Stream.concat(Stream.of(leaf), Stream.of(layout.bootstrap())).toArray(String[]::new);
        return noClasses().that().resideInAPackage(layout.everything())
                .and().resideOutsideOfPackages(mayUseIt)
                .should().dependOnClassesThat().resideInAnyPackage(leaf)
                .because(area + " is a leaf: only its own adapters and bootstrap use it")
                .allowEmptyShould(false);
    }
}
