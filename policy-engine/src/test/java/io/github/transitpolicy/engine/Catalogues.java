package io.github.transitpolicy.engine;

import io.github.transitpolicy.data.Catalogue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;

/** Test catalogues: the bundled one seen from another day. */
final class Catalogues {

  private Catalogues() {}

  /** The bundled catalogue as if its facts had been checked on {@code asOf}. */
  static Catalogue bundledAsOf(LocalDate asOf) {
    Catalogue bundled = Catalogue.bundled();
    return (Catalogue) Proxy.newProxyInstance(Catalogue.class.getClassLoader(), new Class<?>[] {Catalogue.class},
        (proxy, method, args) -> {
          if (method.getName().equals("asOf") && method.getParameterCount() == 0) {
            return asOf;
          }
          try {
            return method.invoke(bundled, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
