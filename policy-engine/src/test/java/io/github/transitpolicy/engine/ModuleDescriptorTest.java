package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.model.Trip;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reads each module's compiled {@code module-info} and checks the exact exports and requires, so that
 * an internal package can never be exported by accident (after Caffeine's module test).
 */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor(Class<?> type) throws Exception {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<ModuleReference> found = ModuleFinder.of(location).findAll();
    assertEquals(1, found.size(), "modules at " + location);
    return found.iterator().next().descriptor();
  }

  private static Class<?> typeIn(String module) {
    switch (module) {
      case "io.github.transitpolicy.model":
        return Trip.class;
      case "io.github.transitpolicy.data":
        return Catalogue.class;
      default:
        return TransitPolicy.class;
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "io.github.transitpolicy.model  | io.github.transitpolicy.model",
    "io.github.transitpolicy.data   | io.github.transitpolicy.data",
    "io.github.transitpolicy.engine | io.github.transitpolicy.engine",
  })
  void exportsOnlyTheApiPackage(String module, String exported) throws Exception {
    ModuleDescriptor d = descriptor(typeIn(module));
    assertEquals(module, d.name());
    Set<String> exports = new TreeSet<>();
    for (ModuleDescriptor.Exports e : d.exports()) {
      assertEquals(Set.of(), e.targets(), "no qualified exports");
      exports.add(e.source());
    }
    assertEquals(Set.of(exported), exports);
    assertEquals(Set.of(), d.opens(), "opens");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "io.github.transitpolicy.model  | org.immutables.value.annotations=STATIC;org.jspecify=TRANSITIVE",
    "io.github.transitpolicy.data   | io.github.transitpolicy.model=TRANSITIVE;org.jspecify=STATIC",
    "io.github.transitpolicy.engine | io.github.transitpolicy.data=TRANSITIVE;io.github.transitpolicy.model=TRANSITIVE;org.jspecify=STATIC",
  })
  void requiresExactly(String module, String expected) throws Exception {
    Map<String, String> requires = new TreeMap<>();
    for (ModuleDescriptor.Requires r : descriptor(typeIn(module)).requires()) {
      if (r.name().equals("java.base")) {
        continue;
      }
      Set<String> modifiers = new TreeSet<>();
      for (ModuleDescriptor.Requires.Modifier m : r.modifiers()) {
        if (m != ModuleDescriptor.Requires.Modifier.MANDATED && m != ModuleDescriptor.Requires.Modifier.SYNTHETIC) {
          modifiers.add(m.name());
        }
      }
      requires.put(r.name(), String.join("+", modifiers));
    }
    Map<String, String> want = new TreeMap<>();
    for (String pair : expected.split(";")) {
      String[] kv = pair.split("=");
      want.put(kv[0], kv[1]);
    }
    assertEquals(want, requires);
  }
}
