package io.github.transitpolicy.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture of SPEC sections 1 and 6, over the production classes of all three modules: the
 * dependency direction engine -> data -> model, no cycles, internal packages private to their module,
 * java.time only, no clock, and {@code @NullMarked} everywhere.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.transitpolicy");
  }

  @Test
  void theImportHoldsAllThreeModules() {
    Set<String> packages = new TreeSet<>();
    for (JavaClass c : classes) {
      packages.add(c.getPackageName());
    }
    assertTrue(packages.containsAll(List.of(
        "io.github.transitpolicy.model",
        "io.github.transitpolicy.data",
        "io.github.transitpolicy.data.internal",
        "io.github.transitpolicy.engine",
        "io.github.transitpolicy.engine.internal")), packages.toString());
    assertTrue(classes.size() > 60, "imported classes: " + classes.size());
  }

  @Test
  void theModelDependsOnNeitherDataNorEngine() {
    noClasses().that().resideInAPackage("io.github.transitpolicy.model..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.transitpolicy.data..", "io.github.transitpolicy.engine..")
        .check(classes);
  }

  @Test
  void theDataDoesNotDependOnTheEngine() {
    noClasses().that().resideInAPackage("io.github.transitpolicy.data..")
        .should().dependOnClassesThat().resideInAPackage("io.github.transitpolicy.engine..")
        .check(classes);
  }

  @Test
  void noCyclesBetweenModules() {
    // One slice per module: a facade and its internal package refer to each other by design.
    slices().matching("io.github.transitpolicy.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void internalPackagesAreNotUsedFromOtherModules() {
    noClasses().that().resideOutsideOfPackage("io.github.transitpolicy.data..")
        .should().dependOnClassesThat().resideInAPackage("io.github.transitpolicy.data.internal..")
        .check(classes);
    noClasses().that().resideOutsideOfPackage("io.github.transitpolicy.engine..")
        .should().dependOnClassesThat().resideInAPackage("io.github.transitpolicy.engine.internal..")
        .check(classes);
  }

  @Test
  void onlyJavaTimeForDatesAndTimes() {
    noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Calendar")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.GregorianCalendar")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Timestamp")
        .check(classes);
  }

  @Test
  void theEngineAndDataNeverReadTheClock() {
    noClasses().that().resideInAnyPackage("io.github.transitpolicy.engine", "io.github.transitpolicy.engine.internal",
            "io.github.transitpolicy.data..", "io.github.transitpolicy.model..")
        .should().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
            com.tngtech.archunit.base.DescribedPredicate.describe("a now() of java.time",
                t -> t.getName().equals("now") && t.getOwner().getPackageName().equals("java.time"))))
        .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
        .check(classes);
  }

  @Test
  void everyPackageIsNullMarked() {
    List<String> unmarked = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    for (JavaClass c : classes) {
      names.add(c.getPackageName());
    }
    for (String name : names) {
      JavaPackage p = classes.getPackage(name);
      if (!p.isAnnotatedWith(NullMarked.class)) {
        unmarked.add(name);
      }
    }
    assertEquals(List.of(), unmarked, "packages without @NullMarked");
  }

  @Test
  void generatedImmutablesStayPackagePrivate() {
    classes().that().haveSimpleNameStartingWith("Immutable").and().areTopLevelClasses()
        .should().notBePublic()
        .check(classes);
  }

  @Test
  void publicMethodsNeverReturnGeneratedTypes() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods()
        .that().arePublic()
        .and().areDeclaredInClassesThat().arePublic()
        .and().areDeclaredInClassesThat().haveSimpleNameNotStartingWith("Immutable")
        .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
            "a generated Immutable* type", t -> t.getSimpleName().startsWith("Immutable")))
        .check(classes);
  }
}
