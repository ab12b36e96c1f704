package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.transitpolicy.data.Catalogue;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each published jar names the data version in its manifest ({@code Transit-Policy-Data-Version}), as
 * Joda-Time names its tz data: it must be the version the catalogue reports. Runs where the model and
 * data modules are jars (the reactor build); skipped where they are class directories (an IDE).
 */
class ManifestTest {

  @ParameterizedTest
  @ValueSource(strings = {"model", "data"})
  void theManifestNamesTheCataloguesDataVersion(String module) throws Exception {
    try (JarFile jar = new JarFile(PublishedJars.of(module).toFile())) {
      assertEquals(Catalogue.bundled().dataVersion(),
          jar.getManifest().getMainAttributes().getValue("Transit-Policy-Data-Version"));
      assertEquals("policy-" + module, jar.getManifest().getMainAttributes().getValue("Implementation-Title"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"model", "data"})
  void theManifestNamesTheCataloguesAsOfDay(String module) throws Exception {
    try (JarFile jar = new JarFile(PublishedJars.of(module).toFile())) {
      assertEquals(Catalogue.bundled().asOf().toString(),
          jar.getManifest().getMainAttributes().getValue("Transit-Policy-Data-As-Of"));
    }
  }
}
