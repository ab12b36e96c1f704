package io.github.transitpolicy.model;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A division of mainland China in the catalogue: a province, a prefecture-level city or a county,
 * with its GB/T 2260 code and names.
 *
 * <p>Created with {@link #of(PlaceCode, PlaceCode, String, String)} or {@link #builder()}.
 */
@Value.Immutable
public abstract class Place {

  Place() {}

  /**
   * Returns the GB/T 2260 code.
   *
   * @return the code
   */
  public abstract PlaceCode code();

  /**
   * Returns the level of this place.
   *
   * @return {@code code().level()}
   */
  public PlaceLevel level() {
    return code().level();
  }

  /**
   * Returns the division this place belongs to.
   *
   * @return a code at a higher level that contains {@link #code()}; empty for a province or if
   *     not recorded
   */
  public abstract Optional<PlaceCode> parent();

  /**
   * Returns the Chinese name.
   *
   * @return for example "苏州市", never blank
   */
  public abstract String nameZh();

  /**
   * Returns the English name.
   *
   * @return for example "Suzhou"; empty if not recorded
   */
  public abstract Optional<String> nameEn();

  /**
   * Returns the name in a language.
   *
   * @param locale the language: the Chinese name for language {@code zh}, the English name (or
   *     the Chinese one when there is none) otherwise
   * @return the name
   * @throws NullPointerException if {@code locale} is null
   */
  public String name(Locale locale) {
    if (Checks.chinese(locale)) {
      return nameZh();
    }
    return nameEn().orElse(nameZh());
  }

  @Value.Check
  void check() {
    Checks.notBlank("place nameZh", nameZh());
    if (parent().isPresent()) {
      PlaceCode p = parent().get();
      if (p.level().compareTo(code().level()) >= 0 || !code().isWithin(p)) {
        throw new IllegalArgumentException(
            "place parent: " + p + " does not contain " + code());
      }
    }
  }

  /**
   * Returns a place.
   *
   * @param code the GB/T 2260 code
   * @param parent the division it belongs to, or null
   * @param nameZh the Chinese name
   * @param nameEn the English name, or null
   * @return the place
   * @throws NullPointerException if {@code code} or {@code nameZh} is null
   * @throws IllegalArgumentException if {@code nameZh} is blank or {@code parent} does not contain
   *     {@code code}
   */
  public static Place of(
      PlaceCode code, @Nullable PlaceCode parent, String nameZh, @Nullable String nameEn) {
    return builder()
        .code(code)
        .parent(Optional.ofNullable(parent))
        .nameZh(nameZh)
        .nameEn(Optional.ofNullable(nameEn))
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Place}. Setters throw {@link NullPointerException} naming the attribute when
   * given null; {@link #build()} throws {@link IllegalArgumentException} when a required attribute
   * is missing or a value is malformed.
   */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }
}
