package io.github.transitpolicy.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A port of entry and exit in the catalogue: its id, kind, codes, names, location, annex row and
 * dated capabilities.
 *
 * <p>Built with {@link #builder()}; {@code build()} throws {@link IllegalArgumentException} naming
 * a missing required attribute or a malformed value, and setters throw {@link
 * NullPointerException} naming the attribute when given null.
 */
@Value.Immutable
public abstract class Port {

  private static final Capability[] CAPABILITIES = Capability.values();

  /**
   * {@link #capabilities()} grouped by kind, indexed by ordinal: what {@link #has} reads. Made on first
   * use, as the capabilities are set after this class's constructor has run; volatile, so that a thread
   * sees the arrays filled.
   */
  private volatile PortCapability @Nullable [][] byCapability;

  Port() {}

  /**
   * Returns the catalogue id: the IATA code for an airport, a documented id for other ports.
   *
   * @return the id, never blank
   */
  public abstract String id();

  /**
   * Returns the kind of port.
   *
   * @return air, sea, rail or road
   */
  public abstract PortKind kind();

  /**
   * Returns the IATA airport code.
   *
   * @return three upper-case letters; empty for ports that are not airports
   */
  public abstract Optional<String> iata();

  /**
   * Returns the ICAO airport code.
   *
   * @return four upper-case letters; empty if none
   */
  public abstract Optional<String> icao();

  /**
   * Returns the UN/LOCODE.
   *
   * @return for example {@code CNSHA}; empty if none
   */
  public abstract Optional<String> unlocode();

  /**
   * Returns the Chinese name.
   *
   * @return the name, never blank
   */
  public abstract String nameZh();

  /**
   * Returns the English name.
   *
   * @return the name, never blank
   */
  public abstract String nameEn();

  /**
   * Returns other names the catalogue resolves to this port.
   *
   * @return the aliases, possibly empty; unmodifiable
   */
  public abstract List<String> aliases();

  /**
   * Returns the province the port lies in.
   *
   * @return a province code ({@code xx0000})
   */
  public abstract PlaceCode province();

  /**
   * Returns the prefecture-level city the port lies in.
   *
   * @return a code within {@link #province()}; empty if not recorded
   */
  public abstract Optional<PlaceCode> prefecture();

  /**
   * Returns the row of annex 2 of NIA Announcement No. 4 of 2025 listing this port.
   *
   * @return the row number (positive); empty if the annex does not list the port
   */
  public abstract OptionalInt annex2Row();

  /**
   * Returns the dated capabilities of this port.
   *
   * @return the capabilities, possibly empty; unmodifiable
   */
  public abstract List<PortCapability> capabilities();

  /**
   * Returns the source of the port's record.
   *
   * @return the source, never blank
   */
  public abstract String source();

  /**
   * Returns how well the source establishes the record.
   *
   * @return the confidence
   */
  public abstract Confidence confidence();

  /**
   * Tells whether the port has a capability on a day. Allocates nothing.
   *
   * @param capability the capability
   * @param day the day
   * @return true if some capability of this kind is valid on {@code day}
   * @throws NullPointerException if an argument is null
   */
  public boolean has(Capability capability, LocalDate day) {
    Objects.requireNonNull(capability, "capability");
    Objects.requireNonNull(day, "day");
    PortCapability[][] grouped = byCapability;
    if (grouped == null) {
      grouped = groupCapabilities(capabilities());
      byCapability = grouped; // racy but safe: equal arrays whoever makes them
    }
    for (PortCapability c : grouped[capability.ordinal()]) {
      if (c.validity().contains(day)) {
        return true;
      }
    }
    return false;
  }

  private static PortCapability[][] groupCapabilities(List<PortCapability> capabilities) {
    int[] counts = new int[CAPABILITIES.length];
    for (PortCapability c : capabilities) {
      counts[c.capability().ordinal()]++;
    }
    PortCapability[][] grouped = new PortCapability[CAPABILITIES.length][];
    for (int k = 0; k < grouped.length; k++) {
      grouped[k] = new PortCapability[counts[k]];
      counts[k] = 0;
    }
    for (PortCapability c : capabilities) {
      int k = c.capability().ordinal();
      grouped[k][counts[k]++] = c;
    }
    return grouped;
  }

  /**
   * Returns the name of the port in a language.
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
    Checks.notBlank("port id", id());
    Checks.notBlank("port nameZh", nameZh());
    Checks.notBlank("port nameEn", nameEn());
    Checks.notBlank("port source", source());
    if (iata().isPresent() && !Checks.upperLetters(iata().get(), 3)) {
      throw new IllegalArgumentException(
          "port iata: \"" + iata().get() + "\" is not 3 upper-case letters");
    }
    if (icao().isPresent() && !Checks.upperLetters(icao().get(), 4)) {
      throw new IllegalArgumentException(
          "port icao: \"" + icao().get() + "\" is not 4 upper-case letters");
    }
    if (unlocode().isPresent()) {
      Checks.notBlank("port unlocode", unlocode().get());
    }
    Checks.level("port province", province(), PlaceLevel.PROVINCE);
    if (prefecture().isPresent()) {
      PlaceCode p = prefecture().get();
      if (p.level() == PlaceLevel.PROVINCE || !p.isWithin(province())) {
        throw new IllegalArgumentException(
            "port prefecture: " + p + " is not a city of province " + province());
      }
    }
    if (annex2Row().isPresent()) {
      Checks.positive("port annex2Row", annex2Row().getAsInt());
    }
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
   * Builds a {@link Port}. Setters throw {@link NullPointerException} naming the attribute when
   * given null; {@link #build()} throws {@link IllegalArgumentException} when a required attribute
   * is missing or a value is malformed.
   */
  public static final class Builder extends ImmutablePort.Builder {
    Builder() {}
  }
}
