package io.github.transitpolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.transitpolicy.data.Catalogue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A distributed engine may capture {@link TransitPolicy#bundled()} in a function: it travels as a
 * reference to the bundled catalogue and arrives as the receiving JVM's own instance (SPEC 10).
 */
class SerializationTest {

  private static byte[] write(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  private static Object read(byte[] b) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
      return in.readObject();
    }
  }

  @Test
  void theBundledPolicyArrivesAsTheBundledInstance() throws Exception {
    assertSame(TransitPolicy.bundled(), read(write(TransitPolicy.bundled())));
  }

  @Test
  void theSerialFormHoldsNoTables() throws Exception {
    // a reference and a data version: a few hundred bytes, however large the catalogue
    assertTrue(write(TransitPolicy.bundled()).length < 400, "serial form too large");
  }

  @Test
  void aPolicyOfTheBundledCatalogueAlsoArrivesAsTheBundledInstance() throws Exception {
    TransitPolicy same = TransitPolicy.using(Catalogue.bundled());
    assertNotSame(TransitPolicy.bundled(), same);
    assertSame(TransitPolicy.bundled(), read(write(same)));
  }

  @Test
  void aPolicyOfAnotherCatalogueRefusesSerializationAndSaysWhatToDo() {
    TransitPolicy loaded = TransitPolicy.using(Catalogue.load(Path.of("../policy-data/src/main/tables")));
    NotSerializableException e = assertThrows(NotSerializableException.class, () -> write(loaded));
    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains("data version " + loaded.catalogue().dataVersion()), message);
    assertTrue(message.contains("inside the task"), message);
    assertTrue(message.contains("TransitPolicy.bundled()"), message);
  }

  @Test
  void anotherDataVersionIsRefusedOnReading() throws Exception {
    String here = TransitPolicy.bundled().catalogue().dataVersion();
    String other = "1999-01-01";
    assertEquals(here.length(), other.length(), "the patch below keeps the string's length");
    byte[] bytes = write(TransitPolicy.bundled());
    String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = latin1.indexOf(here);
    assertTrue(at > 0, "the data version is in the serial form");
    byte[] forged = latin1.replace(here, other).getBytes(StandardCharsets.ISO_8859_1);
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> read(forged));
    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains("data version " + other), message);
    assertTrue(message.contains("bundles data version " + here), message);
  }
}
