package org.assetatlas;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.List;
import org.assetatlas.util.ArchitectureException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers of README "For developers" true: every package belongs to a layer, each layer uses only the
 * layers listed for it, the core runs without JavaFX, view models never touch controls, and the UI starts no threads
 * of its own. A deliberate exception is marked in the code with {@link ArchitectureException} and a reason; the
 * rules skip what carries it.
 */
class ArchitectureTest {

    private static final String ROOT = "org.assetatlas";

    /** Layer name and the package it is made of, in the order of the table in the README. */
    private static final List<String[]> LAYERS = List.of(
            new String[] {"Model", "org.assetatlas.model.."},
            new String[] {"Util", "org.assetatlas.util.."},
            new String[] {"Search", "org.assetatlas.search.."},
            new String[] {"Geo", "org.assetatlas.geo.."},
            new String[] {"Analysis", "org.assetatlas.analysis.."},
            new String[] {"Store", "org.assetatlas.store.."},
            new String[] {"Io", "org.assetatlas.io.."},
            new String[] {"Map", "org.assetatlas.map.."},
            new String[] {"Signpost", "org.assetatlas.signpost.."},
            new String[] {"Report", "org.assetatlas.report.."},
            new String[] {"Service", "org.assetatlas.service.."},
            new String[] {"Bench", "org.assetatlas.bench.."},
            new String[] {"Cli", "org.assetatlas.cli.."},
            new String[] {"Ui", "org.assetatlas.ui.."},
            new String[] {"Launcher", "org.assetatlas"});

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    private static boolean isMarked(JavaClass c) {
        for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            if (k.isAnnotatedWith(ArchitectureException.class)) {
                return true;
            }
        }
        return false;
    }

    /** A class marked as a deliberate exception, or nested in one. */
    private static final DescribedPredicate<JavaClass> MARKED =
            DescribedPredicate.describe("marked @ArchitectureException", ArchitectureTest::isMarked);

    @Test
    void layersDependOnlyOnTheLayersTheReadmeAllows() {
        var arch = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String[] layer : LAYERS) {
            arch = arch.layer(layer[0]).definedBy(layer[1]);
        }
        arch.whereLayer("Model").mayNotAccessAnyLayer()
                .whereLayer("Util").mayNotAccessAnyLayer()
                .whereLayer("Search").mayNotAccessAnyLayer()
                .whereLayer("Geo").mayOnlyAccessLayers("Model", "Util")
                .whereLayer("Analysis").mayOnlyAccessLayers("Model")
                .whereLayer("Store").mayOnlyAccessLayers("Model", "Geo", "Util")
                .whereLayer("Io").mayOnlyAccessLayers("Model", "Geo", "Analysis", "Util")
                .whereLayer("Map").mayOnlyAccessLayers("Model", "Geo", "Analysis", "Util")
                .whereLayer("Signpost").mayOnlyAccessLayers("Model", "Map", "Search", "Util")
                .whereLayer("Report").mayOnlyAccessLayers("Model", "Map", "Util")
                .whereLayer("Service").mayOnlyAccessLayers("Model", "Util", "Search", "Geo", "Analysis", "Store",
                        "Io", "Map", "Signpost", "Report")
                .whereLayer("Bench").mayOnlyAccessLayers("Service", "Io", "Model", "Util", "Map", "Signpost",
                        "Report")
                .whereLayer("Cli").mayOnlyAccessLayers("Service", "Bench", "Model", "Util", "Geo", "Analysis",
                        "Map", "Signpost", "Report")
                .whereLayer("Ui").mayOnlyAccessLayers("Service", "Model", "Util", "Geo", "Analysis", "Map",
                        "Signpost", "Report")
                .whereLayer("Launcher").mayOnlyAccessLayers("Cli", "Ui")
                .ignoreDependency(MARKED, DescribedPredicate.alwaysTrue())
                .because("README \"For developers\": the UI and the command line reach storage and files only "
                        + "through service")
                .check(classes);
    }

    @Test
    void everyPackageIsInALayer() {
        String[] packages = LAYERS.stream().map(l -> l[1]).toArray(String[]::new);
        classes().should().resideInAnyPackage(packages)
                .because("a new package must be given a layer here and in README \"For developers\"")
                .check(classes);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.assetatlas.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("the model, storage, geography, import/export and analysis must run without a display, "
                        + "and the launcher must start the command line without loading JavaFX")
                .check(classes);
    }

    @Test
    void viewModelsNeverSeeAControl() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .and(not(MARKED))
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.embed..", "javafx.print..", "javafx.animation..", "org.controlsfx..")
                .because("a view model holds state, commands and validation as properties, so it can be tested "
                        + "without a window; its view builds and binds the controls")
                .check(classes);
    }

    @Test
    void theUiStartsThreadsOnlyThroughUiTasks() {
        classes().that().resideInAPackage("org.assetatlas.ui..")
                .and(not(MARKED))
                .should(startNoThreads())
                .because("background work in the UI goes through ui.common.UiTasks, which reports results on the "
                        + "FX thread and is replaced by a direct runner in tests")
                .check(classes);
    }

    private static ArchCondition<JavaClass> startNoThreads() {
        return new ArchCondition<>("create no threads, executors or asynchronous futures") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getName();
                    boolean threads = target.equals(Thread.class.getName())
                            && d.getDescription().contains("<init>")
                            || target.equals("java.util.concurrent.Executors")
                            || target.equals("java.util.concurrent.ExecutorService")
                            || target.equals("java.util.concurrent.ForkJoinPool")
                            || target.equals("java.util.concurrent.CompletableFuture")
                            && (d.getDescription().contains("supplyAsync") || d.getDescription().contains("runAsync"));
                    if (threads) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    @Test
    void packagesHaveNoCycles() {
        SlicesRuleDefinition.slices().matching("org.assetatlas.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void sqlStaysInTheStore() {
        noClasses().that().resideOutsideOfPackage("org.assetatlas.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .because("no SQL outside the storage package")
                .check(classes);
    }

    @Test
    void outputFilesAreNotMadeAsTemporaryFiles() {
        noClasses().that().doNotHaveFullyQualifiedName("org.assetatlas.util.PrivateFiles")
                .should().callMethodWhere(DescribedPredicate.describe("Files.createTempFile",
                        call -> call.getTarget().getOwner().isEquivalentTo(java.nio.file.Files.class)
                                && call.getTarget().getName().equals("createTempFile")))
                .because("a file made by Files.createTempFile can be read only by its owner whatever the umask; "
                        + "outputs are written through util.SafeOutput, private temporary files made by util.PrivateFiles")
                .check(classes);
    }
}
