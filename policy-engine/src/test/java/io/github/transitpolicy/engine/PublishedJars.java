package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.transitpolicy.data.Catalogue;
import io.github.transitpolicy.model.Trip;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the model and data modules were loaded from: their jars in the reactor build. Where they are
 * class directories (an IDE), the calling test is skipped.
 */
final class PublishedJars {

  private PublishedJars() {}

  /**
   * Returns the jar of a module.
   *
   * @param module {@code model} or {@code data}
   * @return the path of its jar
   * @throws Exception if the location is not a path
   */
  static Path of(String module) throws Exception {
    Class<?> type = module.equals("model") ? Trip.class : Catalogue.class;
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    assumeTrue(Files.isRegularFile(location), "not a jar: " + location);
    return location;
  }
}
