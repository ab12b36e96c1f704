package io.github.transitpolicy.model;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * A provincial-level division of mainland China in the catalogue.
 *
 * <p>Built with {@link #builder()}; {@code build()} throws {@link IllegalArgumentException} naming
 * a missing required attribute or a malformed value.
 */
@Value.Immutable
public abstract class Province {

  Province() {}

  /**
   * Returns the GB/T 2260 code.
   *
   * @return a province code ({@code xx0000}), for example {@code 110000}
   */
  public abstract PlaceCode code();

  /**
   * Returns the ISO 3166-2:CN code.
   *
   * @return {@code CN-} and two upper-case letters, for example {@code CN-BJ}
   */
  public abstract String iso();

  /**
   * Returns the kind of division.
   *
   * @return province, municipality or autonomous region
   */
  public abstract ProvinceKind kind();

  /**
   * Returns the full Chinese name.
   *
   * @return for example "北京市"
   */
  public abstract String nameZh();

  /**
   * Returns the Chinese short name.
   *
   * @return for example "京"
   */
  public abstract String shortZh();

  /**
   * Returns the English name.
   *
   * @return for example "Beijing"
   */
  public abstract String nameEn();

  /**
   * Returns the name in a language.
   *
   * @param locale the language: the Chinese name for language {@code zh}, the English otherwise
   * @return the name
   * @throws NullPointerException if {@code locale} is null
   */
  public String name(Locale locale) {
    return Checks.chinese(locale) ? nameZh() : nameEn();
  }

  @Value.Check
  void check() {
    Checks.level("province code", code(), PlaceLevel.PROVINCE);
    String iso = iso();
    if (iso.length() != 5 || !iso.startsWith("CN-") || !Checks.upperLetters(iso.substring(3), 2)) {
      throw new IllegalArgumentException("province iso: \"" + iso + "\" does not match CN-[A-Z]{2}");
    }
    Checks.notBlank("province nameZh", nameZh());
    Checks.notBlank("province shortZh", shortZh());
    Checks.notBlank("province nameEn", nameEn());
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
   * Builds a {@link Province}. Setters throw {@link NullPointerException} naming the attribute
   * when given null; {@link #build()} throws {@link IllegalArgumentException} when a required
   * attribute is missing or a value is malformed.
   */
  public static final class Builder extends ImmutableProvince.Builder {
    Builder() {}
  }
}
