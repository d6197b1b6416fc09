package io.kamdesk.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/** The classes the rules run against, imported once per test run. */
final class ImportedClasses {

    /**
     * The main classes of every module. Test classes stay out, and so do the test-jars on bootstrap's
     * classpath (shared fakes, test databases): inside a Maven reactor they are jars that
     * {@link ImportOption.DoNotIncludeTests} does not recognise.
     */
    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .withImportOption(ImportedClasses::isNotInATestJar)
            .importPackages(Layout.KAMDESK.base());

    /** The deliberately bad (and a few good) classes in this module's test sources. */
    static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(Layout.FIXTURES.base());

    private ImportedClasses() {
    }

    private static boolean isNotInATestJar(Location location) {
        return !location.contains("-tests.jar");
    }
}
