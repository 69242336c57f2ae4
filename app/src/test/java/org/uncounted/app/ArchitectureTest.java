package org.uncounted.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module boundaries of docs/architecture.md, enforced on the compiled classes of every module. */
class ArchitectureTest {
    private static final List<String> MODULES = List.of(
            "model",
            "formats",
            "estimation",
            "linkage",
            "disclosure",
            "figures",
            "security",
            "store",
            "simulate",
            "app");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.uncounted");

    @Test
    void noModule_importsAnotherModulesInternalPackage() {
        for (String module : MODULES) {
            ArchRule rule = noClasses()
                    .that()
                    .resideOutsideOfPackage("org.uncounted." + module + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.uncounted." + module + "..internal..")
                    .allowEmptyShould(true)
                    .because("internal packages are private to their module (" + module + ")");
            rule.check(CLASSES);
        }
    }

    @Test
    void estimationAndDisclosure_dependOnNoOtherModule() {
        for (String pure : List.of("estimation", "disclosure", "figures")) {
            noClasses()
                    .that()
                    .resideInAPackage("org.uncounted." + pure + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(MODULES.stream()
                            .filter(m -> !m.equals(pure))
                            .map(m -> "org.uncounted." + m + "..")
                            .toArray(String[]::new))
                    .allowEmptyShould(true)
                    .because("estimation never reads the database; disclosure is JDK-only")
                    .check(CLASSES);
        }
    }

    @Test
    void domainModel_dependsOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAPackage("org.uncounted.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(MODULES.stream()
                        .filter(m -> !m.equals("model"))
                        .map(m -> "org.uncounted." + m + "..")
                        .toArray(String[]::new))
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
