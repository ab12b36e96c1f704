package io.github.transitpolicy.engine;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.transitpolicy.data.MessageTemplate;
import io.github.transitpolicy.data.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC 7: regimes are units the evaluator runs without naming them, and the engine's texts live in
 * {@code messages.tsv}: every message the table has is used, and the engine's Java holds no Chinese.
 */
class EngineShapeTest {

  private static JavaClasses engine;

  @BeforeAll
  static void importClasses() {
    engine = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.transitpolicy.engine");
  }

  private static Class<?> internal(String name) throws ClassNotFoundException {
    return Class.forName("io.github.transitpolicy.engine.internal." + name);
  }

  @Test
  void theEvaluatorAndTheFindingsNameNoRegimeAndNoRule() throws ClassNotFoundException {
    Class<?> regimeRules = internal("RegimeRules");
    Class<?> rule = internal("Rule");
    for (String machinery : List.of("Evaluator", "TripFindings", "Answer", "PolicyDay", "PolicyCalendar")) {
      noClasses().that().haveFullyQualifiedName("io.github.transitpolicy.engine.internal." + machinery)
          .should().dependOnClassesThat(assignableTo(regimeRules).and(not(type(regimeRules))))
          .check(engine);
      noClasses().that().haveFullyQualifiedName("io.github.transitpolicy.engine.internal." + machinery)
          .should().dependOnClassesThat(assignableTo(rule).and(not(type(rule))))
          .check(engine);
    }
  }

  @Test
  void onlyTheRegistryListsTheRegimes() throws ClassNotFoundException {
    Class<?> regimeRules = internal("RegimeRules");
    // Each unit is built by its own factory, a static method named unit (so that the verifier of the
    // caller need not load it), and only the registry calls the factories.
    Set<String> constructing = new TreeSet<>();
    Set<String> callingFactories = new TreeSet<>();
    for (JavaClass c : engine) {
      for (JavaAccess<?> a : c.getConstructorCallsFromSelf()) {
        JavaClass target = a.getTargetOwner();
        if (target.isAssignableTo(regimeRules) && !target.isEquivalentTo(regimeRules)) {
          boolean ownFactory = target.getName().equals(c.getName()) && a.getOrigin().getName().equals("unit");
          constructing.add(ownFactory ? "its own factory" : c.getSimpleName());
        }
      }
      for (JavaAccess<?> a : c.getMethodCallsFromSelf()) {
        JavaClass target = a.getTargetOwner();
        if (target.isAssignableTo(regimeRules) && a.getName().equals("unit")) {
          callingFactories.add(c.getSimpleName());
        }
      }
    }
    assertEquals(Set.of("its own factory"), constructing);
    assertEquals(Set.of("Regimes"), callingFactories);
  }

  @Test
  void everyMessageOfTheTableIsUsedByTheEngine() {
    Set<String> used = new TreeSet<>();
    for (JavaClass c : engine) {
      for (JavaFieldAccess a : c.getFieldAccessesFromSelf()) {
        if (a.getTargetOwner().isEquivalentTo(Messages.class)) {
          used.add(a.getTarget().getName());
        }
      }
    }
    List<String> unused = new ArrayList<>();
    for (MessageTemplate m : Messages.all()) {
      String constant = m.key().replace('.', '_').toUpperCase(java.util.Locale.ROOT);
      if (!used.contains(constant)) {
        unused.add(m.key());
      }
    }
    assertEquals(List.of(), unused, "messages.tsv rows no engine class uses");
    assertTrue(used.size() > 100, "messages used: " + used.size());
  }

  @Test
  void theEnginesJavaHoldsNoChineseText() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).codePoints().anyMatch(EngineShapeTest::isChinese) || ESCAPED.matcher(lines.get(i)).find()) {
            found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }

  /** A Chinese character or punctuation mark written as a Java escape. */
  private static final java.util.regex.Pattern ESCAPED =
      java.util.regex.Pattern.compile("\\\\u(?:[4-9][0-9a-fA-F]{3}|30[0-3][0-9a-fA-F]|ff[0-9a-eA-E][0-9a-fA-F])");

  private static boolean isChinese(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || (cp >= 0x3000 && cp <= 0x303f) // CJK punctuation: 、。「」
        || (cp >= 0xff00 && cp <= 0xffef); // full-width forms: （），：
  }
}
