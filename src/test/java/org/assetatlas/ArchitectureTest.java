package org.assetatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the core free of JavaFX and the dependencies pointing one way:
 * ui/cli → service → store/io/map/geo → model.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.assetatlas");
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.assetatlas.ui..")
                .and().doNotHaveFullyQualifiedName("org.assetatlas.Launcher")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("the model, storage, geography, import/export and analysis must run without a display")
                .check(classes);
    }

    @Test
    void launcherDoesNotImportJavaFx() {
        noClasses().that().haveFullyQualifiedName("org.assetatlas.Launcher")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.assetatlas.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.assetatlas.store..", "org.assetatlas.io..",
                        "org.assetatlas.geo..", "org.assetatlas.map..", "org.assetatlas.service..",
                        "org.assetatlas.ui..", "org.assetatlas.cli..", "java.sql..")
                .check(classes);
    }

    @Test
    void coreLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("org.assetatlas.store..", "org.assetatlas.io..", "org.assetatlas.geo..",
                        "org.assetatlas.map..", "org.assetatlas.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.assetatlas.service..", "org.assetatlas.ui..",
                        "org.assetatlas.cli..")
                .check(classes);
    }

    @Test
    void serviceDoesNotKnowItsCallers() {
        noClasses().that().resideInAPackage("org.assetatlas.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.assetatlas.ui..", "org.assetatlas.cli..")
                .check(classes);
    }

    @Test
    void uiAndCliDoNotTalkToEachOther() {
        noClasses().that().resideInAPackage("org.assetatlas.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.assetatlas.ui..").check(classes);
        noClasses().that().resideInAPackage("org.assetatlas.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.assetatlas.cli..").check(classes);
    }

    @Test
    void sqlStaysInTheStore() {
        noClasses().that().resideOutsideOfPackage("org.assetatlas.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .because("no SQL outside the storage package")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        SlicesRuleDefinition.slices().matching("org.assetatlas.(*)..").should().beFreeOfCycles().check(classes);
    }
}
