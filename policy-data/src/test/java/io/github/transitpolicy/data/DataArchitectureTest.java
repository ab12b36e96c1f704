package io.github.transitpolicy.data;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The data module's architecture (SPEC.md sections 1 and 6), checked with ArchUnit's core API. */
class DataArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.transitpolicy.data");
  }

  @Test
  void importFindsTheModulesClassesButNoTests() {
    assertTrue(classes.size() > 5, "imported only " + classes.size() + " classes");
    assertTrue(classes.contain(Catalogue.class));
    assertTrue(classes.contain("io.github.transitpolicy.data.internal.TableCatalogue"));
    assertTrue(classes.contain("io.github.transitpolicy.data.internal.BundledTables"));
    assertTrue(classes.stream().noneMatch(c -> c.getSimpleName().endsWith("Test")), "tests were imported");
    assertTrue(classes.stream().noneMatch(c -> c.getPackageName().startsWith("io.github.transitpolicy.data.build")),
        "the build-only table compiler was imported");
    assertTrue(classes.stream().noneMatch(c -> c.getPackageName().startsWith("io.github.transitpolicy.model")));
  }

  @Test
  void dataDoesNotDependOnTheEngine() {
    ArchRule rule = noClasses().that().resideInAPackage("io.github.transitpolicy.data..")
        .should().dependOnClassesThat().resideInAPackage("io.github.transitpolicy.engine..");
    rule.check(classes);
  }

  @Test
  void onlyCatalogueReachesIntoInternal() {
    ArchRule rule = noClasses().that().resideInAPackage("io.github.transitpolicy.data")
        .and().doNotHaveFullyQualifiedName(Catalogue.class.getName())
        .should().dependOnClassesThat().resideInAPackage("..data.internal..");
    rule.check(classes);
  }

  @Test
  void apiMethodsDoNotReturnInternalTypes() {
    ArchRule rule = methods().that().areDeclaredInClassesThat().resideInAPackage("io.github.transitpolicy.data")
        .and().arePublic()
        .should().haveRawReturnType(not(resideInAPackage("..internal..")))
        .andShould().notHaveRawParameterTypes(anyInternal());
    rule.check(classes);
  }

  @Test
  void apiSignaturesAreFreeOfInternalTypesIncludingGenerics() {
    List<String> leaks = new ArrayList<>();
    for (JavaClass c : classes) {
      if (!c.getPackageName().equals("io.github.transitpolicy.data")) {
        continue;
      }
      for (JavaMethod m : c.getMethods()) {
        if (!m.getModifiers().contains(JavaModifier.PUBLIC)) {
          continue;
        }
        Set<JavaClass> involved = new java.util.HashSet<>(m.getReturnType().getAllInvolvedRawTypes());
        m.getParameterTypes().forEach(t -> involved.addAll(t.getAllInvolvedRawTypes()));
        for (JavaClass t : involved) {
          if (t.getPackageName().contains(".internal")) {
            leaks.add(m.getFullName() + " -> " + t.getName());
          }
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  @Test
  void internalIsNotExportedByTheModuleDescriptor() {
    // the API classes are public, the internal ones are reached only through Catalogue.bundled()
    assertTrue(classes.get(Catalogue.class).getModifiers().contains(JavaModifier.PUBLIC));
    JavaClass bundled = classes.get("io.github.transitpolicy.data.internal.BundledTables");
    assertTrue(!bundled.getModifiers().contains(JavaModifier.PUBLIC), "BundledTables must stay package-private");
  }

  @Test
  void noLegacyDateTypes() {
    ArchRule rule = noClasses().should().dependOnClassesThat()
        .belongToAnyOf(Date.class, Calendar.class, java.util.TimeZone.class)
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Date");
    rule.check(classes);
  }

  @Test
  void noSystemClock() {
    ArchRule rule = noClasses()
        .should().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
            "a java.time now() method", (JavaMethodCall call) ->
                call.getTargetOwner().getPackageName().equals("java.time") && call.getName().equals("now")))
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(Instant.class, "now")
        .orShould().dependOnClassesThat().belongToAnyOf(Clock.class);
    rule.check(classes);
  }

  @Test
  void everyPackageIsNullMarked() {
    Set<String> packages = classes.stream().map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("io.github.transitpolicy.data", "io.github.transitpolicy.data.internal"), packages);
    List<String> unmarked = new ArrayList<>();
    for (String name : packages) {
      JavaPackage pkg = classes.getPackage(name);
      if (!pkg.isAnnotatedWith(NullMarked.class)) {
        unmarked.add(name);
      }
    }
    assertEquals(List.of(), unmarked);
  }

  private static com.tngtech.archunit.base.DescribedPredicate<List<JavaClass>> anyInternal() {
    return com.tngtech.archunit.base.DescribedPredicate.describe("any internal type",
        types -> types.stream().anyMatch(t -> t.getPackageName().contains(".internal")));
  }
}
