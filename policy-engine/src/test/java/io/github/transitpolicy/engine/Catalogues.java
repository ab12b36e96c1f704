package io.github.transitpolicy.engine;

import io.github.transitpolicy.data.Catalogue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.function.Function;

/** Test catalogues: the bundled one seen from another day, or with one answer changed. */
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

  /**
   * The bundled catalogue with every call of the method {@code name} answered by {@code answer} (given
   * the call's arguments); every other call is the bundled catalogue's.
   */
  static Catalogue bundledAnswering(String name, Function<Object[], Object> answer) {
    Catalogue bundled = Catalogue.bundled();
    return (Catalogue) Proxy.newProxyInstance(Catalogue.class.getClassLoader(), new Class<?>[] {Catalogue.class},
        (proxy, method, args) -> {
          if (method.getName().equals(name)) {
            return answer.apply(args);
          }
          try {
            return method.invoke(bundled, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
