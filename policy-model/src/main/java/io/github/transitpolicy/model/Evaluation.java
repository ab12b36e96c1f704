package io.github.transitpolicy.model;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer for one trip: the verdict, the regime and exit deadline when visa-free, every finding
 * of every regime, the visa to apply for when one is needed, the arrival card requirement and the
 * permitted stay area.
 *
 * <p>Built with {@link #builder()}. Setters throw {@link NullPointerException} naming the
 * attribute when given null; {@code build()} throws {@link IllegalArgumentException} naming the
 * missing attributes when {@code verdict} or {@code arrivalCard} is not set, or when the verdict is
 * {@link Verdict#VISA_FREE} without a regime. {@link #toString()} prints the whole evaluation in
 * English; {@link #describe(Locale)} in a given language.
 */
@Value.Immutable
public abstract class Evaluation {

  Evaluation() {}

  /**
   * Returns the answer.
   *
   * @return the verdict
   */
  public abstract Verdict verdict();

  /**
   * Returns the regime under which the trip is visa-free.
   *
   * @return the first passing regime in priority order when the verdict is {@link
   *     Verdict#VISA_FREE}; otherwise empty
   */
  public abstract Optional<Regime> regime();

  /**
   * Returns the latest moment the traveller must leave under {@link #regime()}.
   *
   * @return the exit deadline in Beijing time; empty when not visa-free
   */
  public abstract Optional<ZonedDateTime> exitDeadline();

  /**
   * Returns every rule checked, of every regime, in the order they were checked.
   *
   * @return the findings; unmodifiable
   */
  public abstract List<Finding> findings();

  /**
   * Returns the findings that failed.
   *
   * @return the findings with status {@link Status#FAIL}, in the order of {@link #findings()};
   *     unmodifiable
   */
  @Value.Lazy
  public List<Finding> failures() {
    List<Finding> all = findings();
    List<Finding> failed = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Finding f = all.get(i);
      if (f.status() == Status.FAIL) {
        failed.add(f);
      }
    }
    return failed.isEmpty() ? List.of() : Collections.unmodifiableList(failed);
  }

  /**
   * Returns the findings of one regime.
   *
   * @param regime the regime
   * @return the findings of that regime, in the order of {@link #findings()}; unmodifiable
   * @throws NullPointerException if {@code regime} is null
   */
  public List<Finding> findings(Regime regime) {
    Objects.requireNonNull(regime, "regime");
    List<Finding> all = findings();
    List<Finding> selected = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Finding f = all.get(i);
      if (f.regime() == regime) {
        selected.add(f);
      }
    }
    return Collections.unmodifiableList(selected);
  }

  /**
   * Returns the visa category to apply for when a visa is required.
   *
   * @return the category matching the trip's purpose (2013 regulation, art. 6); empty when no
   *     visa is required
   */
  public abstract Optional<VisaCategory> suggestedVisa();

  /**
   * Returns whether the traveller must file an arrival card.
   *
   * @return the arrival card requirement
   */
  public abstract ArrivalCard arrivalCard();

  /**
   * Returns where the traveller may stay under 240-hour transit.
   *
   * @return the permitted area of the entry date; {@link PermittedArea#empty()} unless set
   */
  @Value.Default
  public PermittedArea permittedArea() {
    return PermittedArea.empty();
  }

  /**
   * Tells whether the port exempts 24-hour direct transit passengers from border inspection on the
   * arrival date.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean inspectionFree() {
    return false;
  }

  /**
   * Returns the policy version in force on the entry date.
   *
   * @return the version; empty when the entry date precedes every bundled version
   */
  public abstract Optional<PolicyVersion> policyVersion();

  /**
   * Returns further notes for the traveller.
   *
   * @return the notes, possibly empty; unmodifiable
   */
  public abstract List<LocalizedText> notes();

  @Value.Check
  void check() {
    if (verdict() == Verdict.VISA_FREE && regime().isEmpty()) {
      throw new IllegalArgumentException("regime: must be set when the verdict is VISA_FREE");
    }
  }

  /**
   * Prints this evaluation in a language: the verdict, the regime, the exit deadline, the
   * suggested visa, the arrival card, then one line per finding ({@code REGIME CODE STATUS:
   * message [basis]}) and the notes.
   *
   * @param locale the language: Simplified Chinese for language {@code zh}, English otherwise
   * @return a multi-line description
   * @throws NullPointerException if {@code locale} is null
   */
  public String describe(Locale locale) {
    boolean zh = Checks.chinese(locale);
    StringBuilder sb = new StringBuilder(256 + 96 * findings().size());
    sb.append(zh ? "结论: " : "Verdict: ").append(verdict().name()).append('\n');
    sb.append(zh ? "适用政策: " : "Regime: ");
    if (regime().isPresent()) {
      Regime r = regime().get();
      sb.append(r.name()).append(" (").append(r.displayName(locale)).append(')');
    } else {
      sb.append('-');
    }
    sb.append('\n');
    sb.append(zh ? "最迟离境时间: " : "Exit deadline: ");
    sb.append(exitDeadline().map(ZonedDateTime::toString).orElse("-")).append('\n');
    if (suggestedVisa().isPresent()) {
      VisaCategory v = suggestedVisa().get();
      sb.append(zh ? "建议签证: " : "Suggested visa: ")
          .append(v.name())
          .append(" (")
          .append(v.description(locale))
          .append(")\n");
    }
    sb.append(zh ? "入境卡: " : "Arrival card: ").append(arrivalCard().requirement().name());
    if (arrivalCard().reason().isPresent()) {
      sb.append(" (").append(arrivalCard().reason().get().render(locale)).append(')');
    }
    sb.append('\n');
    if (inspectionFree()) {
      sb.append(zh ? "口岸免办边检手续\n" : "Inspection-free port\n");
    }
    if (policyVersion().isPresent()) {
      sb.append(zh ? "政策版本: " : "Policy version: ")
          .append(policyVersion().get().effective())
          .append('\n');
    }
    sb.append(zh ? "核查项:\n" : "Findings:\n");
    for (Finding f : findings()) {
      sb.append("  ");
      f.appendTo(sb, locale);
      sb.append('\n');
    }
    if (!notes().isEmpty()) {
      sb.append(zh ? "备注:\n" : "Notes:\n");
      for (LocalizedText n : notes()) {
        sb.append("  ").append(n.render(locale)).append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * Prints this evaluation in English.
   *
   * @return {@code describe(Locale.ENGLISH)}
   */
  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
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
   * Builds an {@link Evaluation}. Setters return this builder and throw {@link
   * NullPointerException} naming the attribute when given null; {@link #build()} throws {@link
   * IllegalArgumentException} when {@code verdict} or {@code arrivalCard} is missing or the
   * verdict is {@code VISA_FREE} without a regime.
   */
  public static final class Builder extends ImmutableEvaluation.Builder {
    Builder() {}
  }
}
