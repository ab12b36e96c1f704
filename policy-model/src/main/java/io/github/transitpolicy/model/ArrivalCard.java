package io.github.transitpolicy.model;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether the traveller must file a foreigner's arrival card (required from 2025-11-20, online
 * before arrival or at the port, unless an exemption applies), and why not.
 */
@Value.Immutable
@ValueStyle.NoBuilder
public abstract class ArrivalCard {

  /** Whether an arrival card is needed. */
  public enum Requirement {
    /** The traveller must file an arrival card. */
    REQUIRED,
    /** The traveller would need one but an exemption applies. */
    EXEMPT,
    /** Arrival cards do not apply (for example before 2025-11-20, or to Chinese citizens). */
    NOT_REQUIRED
  }

  private static final ArrivalCard REQUIRED = ImmutableArrivalCard.of(Requirement.REQUIRED, Optional.empty());

  ArrivalCard() {}

  /**
   * Returns whether an arrival card is needed.
   *
   * @return the requirement
   */
  @Value.Parameter
  public abstract Requirement requirement();

  /**
   * Returns why no card is needed.
   *
   * @return the exemption or reason; empty when the card is required
   */
  @Value.Parameter
  public abstract Optional<LocalizedText> reason();

  /**
   * Returns the shared instance for a required arrival card.
   *
   * @return an arrival card with {@link Requirement#REQUIRED} and no reason
   */
  public static ArrivalCard required() {
    return REQUIRED;
  }

  /**
   * Returns an exemption from the arrival card.
   *
   * @param reason the exemption that applies
   * @return an arrival card with {@link Requirement#EXEMPT}
   * @throws NullPointerException if {@code reason} is null
   */
  public static ArrivalCard exempt(LocalizedText reason) {
    return ImmutableArrivalCard.of(Requirement.EXEMPT, Optional.of(Objects.requireNonNull(reason, "reason")));
  }

  /**
   * Returns an arrival card that does not apply.
   *
   * @param reason why it does not apply
   * @return an arrival card with {@link Requirement#NOT_REQUIRED}
   * @throws NullPointerException if {@code reason} is null
   */
  public static ArrivalCard notRequired(LocalizedText reason) {
    return ImmutableArrivalCard.of(
        Requirement.NOT_REQUIRED, Optional.of(Objects.requireNonNull(reason, "reason")));
  }
}
