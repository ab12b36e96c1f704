package io.github.transitpolicy.model;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The answer for one trip: the verdict, the regime and exit deadline when visa-free, every finding
 * of every regime, the visa to apply for when one is needed, the arrival card requirement and the
 * permitted stay area.
 *
 * <p>Immutable and thread-safe. Built with {@link #builder()}. Setters throw {@link
 * NullPointerException} naming the attribute when given null; {@code build()} throws {@link
 * IllegalArgumentException} naming the missing attributes when {@code verdict} or {@code
 * arrivalCard} is not set, or when the verdict is {@link Verdict#VISA_FREE} without a regime.
 * {@link #toString()} prints the whole evaluation in English; {@link #describe(Locale)} in a given
 * language. Two evaluations are equal when every attribute, findings included, is equal.
 *
 * <p>Unlike the other value types this class is written by hand rather than generated: an engine
 * may give it its findings {@linkplain Builder#findingsOnDemand(Supplier) on demand}, so that a
 * caller who reads only the verdict never pays for twenty findings and their messages.
 */
public final class Evaluation {

  private final Verdict verdict;
  private final @Nullable Regime regime;
  private final @Nullable ZonedDateTime exitDeadline;
  private final @Nullable VisaCategory suggestedVisa;
  private final ArrivalCard arrivalCard;
  private final PermittedArea permittedArea;
  private final boolean inspectionFree;
  private final @Nullable PolicyVersion policyVersion;
  private final List<LocalizedText> notes;
  /** Makes the findings on first use; null when they were given. Also the lock for making them. */
  private final @Nullable Supplier<? extends List<Finding>> findingsSupplier;
  /** The findings; null until first use when {@link #findingsSupplier} makes them. */
  private volatile @Nullable List<Finding> findings;

  private Evaluation(Builder b, @Nullable List<Finding> findings) {
    this.verdict = Objects.requireNonNull(b.verdict, "verdict");
    this.regime = b.regime;
    this.exitDeadline = b.exitDeadline;
    this.suggestedVisa = b.suggestedVisa;
    this.arrivalCard = Objects.requireNonNull(b.arrivalCard, "arrivalCard");
    this.permittedArea = b.permittedArea;
    this.inspectionFree = b.inspectionFree;
    this.policyVersion = b.policyVersion;
    this.notes = b.notes == null ? List.of() : List.copyOf(b.notes);
    this.findingsSupplier = findings == null ? b.findingsSupplier : null;
    // Written only when given: a volatile write is a full fence, and every evaluation made on
    // demand would pay it to store the null the field already holds.
    if (findings != null) {
      this.findings = findings;
    }
  }

  /**
   * Returns the answer.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * Returns the regime under which the trip is visa-free.
   *
   * @return the first passing regime in priority order when the verdict is {@link
   *     Verdict#VISA_FREE}; otherwise empty
   */
  public Optional<Regime> regime() {
    return Optional.ofNullable(regime);
  }

  /**
   * Returns the latest moment the traveller must leave under {@link #regime()}: the earliest of the
   * regime's stay limit, the end of the policy it rests on and the end of the document's validity (each
   * 24:00 of its last day). The same trip leaving at this moment is still visa-free.
   *
   * @return the exit deadline in Beijing time; empty when not visa-free
   */
  public Optional<ZonedDateTime> exitDeadline() {
    return Optional.ofNullable(exitDeadline);
  }

  /**
   * Returns every rule checked, of every regime, in the order they were checked. When the
   * evaluation was built with {@link Builder#findingsOnDemand(Supplier)}, the first call makes
   * them (once, whichever thread calls first) and every call returns the same list.
   *
   * @return the findings; unmodifiable
   */
  public List<Finding> findings() {
    List<Finding> f = findings;
    if (f != null) {
      return f;
    }
    Supplier<? extends List<Finding>> supplier = Objects.requireNonNull(findingsSupplier);
    synchronized (supplier) {
      f = findings;
      if (f == null) {
        f = List.copyOf(Objects.requireNonNull(supplier.get(), "findings"));
        findings = f;
      }
    }
    return f;
  }

  /**
   * Returns the findings that failed.
   *
   * @return the findings with status {@link Status#FAIL}, in the order of {@link #findings()};
   *     unmodifiable
   */
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
   * Returns every regime whose rules all passed, in the order the evaluation tries them (SPEC 3.5):
   * {@link #regime()} is the first. A traveller may choose among them; for example a US citizen flying
   * Seoul - Haikou - Tokyo may use 240-hour transit or Hainan's 30-day entry. Made from the findings,
   * so the first call makes them if they were not read yet.
   *
   * @return the passing regimes; empty unless the verdict is {@link Verdict#VISA_FREE}
   */
  public List<Regime> passingRegimes() {
    if (verdict != Verdict.VISA_FREE) {
      return List.of();
    }
    Map<Regime, Boolean> passed = new LinkedHashMap<>();
    for (Finding f : findings()) {
      passed.merge(f.regime(), f.passed(), Boolean::logicalAnd);
    }
    List<Regime> out = new ArrayList<>();
    for (Map.Entry<Regime, Boolean> e : passed.entrySet()) {
      if (e.getValue()) {
        out.add(e.getKey());
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the visa category to apply for when a visa is required.
   *
   * @return the category matching the trip's purpose (2013 regulation, art. 6); empty when no
   *     visa is required
   */
  public Optional<VisaCategory> suggestedVisa() {
    return Optional.ofNullable(suggestedVisa);
  }

  /**
   * Returns whether the traveller must file an arrival card.
   *
   * @return the arrival card requirement
   */
  public ArrivalCard arrivalCard() {
    return arrivalCard;
  }

  /**
   * Returns where the traveller may stay under 240-hour transit.
   *
   * @return the permitted area of the entry date; {@link PermittedArea#empty()} unless set
   */
  public PermittedArea permittedArea() {
    return permittedArea;
  }

  /**
   * Tells whether the port exempts 24-hour direct transit passengers from border inspection on the
   * arrival date.
   *
   * @return false unless set
   */
  public boolean inspectionFree() {
    return inspectionFree;
  }

  /**
   * Returns the policy version in force on the entry date.
   *
   * @return the version; empty when the entry date precedes every bundled version
   */
  public Optional<PolicyVersion> policyVersion() {
    return Optional.ofNullable(policyVersion);
  }

  /**
   * Returns further notes for the traveller.
   *
   * @return the notes, possibly empty; unmodifiable
   */
  public List<LocalizedText> notes() {
    return notes;
  }

  /**
   * Compares every attribute, the findings included (which makes them if they are made on demand).
   *
   * @param o the other object
   * @return whether {@code o} is an equal evaluation
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Evaluation)) {
      return false;
    }
    Evaluation e = (Evaluation) o;
    return verdict == e.verdict
        && regime == e.regime
        && Objects.equals(exitDeadline, e.exitDeadline)
        && suggestedVisa == e.suggestedVisa
        && arrivalCard.equals(e.arrivalCard)
        && permittedArea.equals(e.permittedArea)
        && inspectionFree == e.inspectionFree
        && Objects.equals(policyVersion, e.policyVersion)
        && notes.equals(e.notes)
        && findings().equals(e.findings());
  }

  /**
   * Hashes every attribute, the findings included.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + verdict.hashCode();
    h += (h << 5) + Objects.hashCode(regime);
    h += (h << 5) + Objects.hashCode(exitDeadline);
    h += (h << 5) + findings().hashCode();
    h += (h << 5) + Objects.hashCode(suggestedVisa);
    h += (h << 5) + arrivalCard.hashCode();
    h += (h << 5) + permittedArea.hashCode();
    h += (h << 5) + Boolean.hashCode(inspectionFree);
    h += (h << 5) + Objects.hashCode(policyVersion);
    h += (h << 5) + notes.hashCode();
    return h;
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
   * verdict is {@code VISA_FREE} without a regime. Not thread-safe; the evaluations it builds are.
   */
  public static final class Builder {
    private @Nullable Verdict verdict;
    private @Nullable Regime regime;
    private @Nullable ZonedDateTime exitDeadline;
    private @Nullable List<Finding> findingsGiven;
    private @Nullable Supplier<? extends List<Finding>> findingsSupplier;
    private @Nullable VisaCategory suggestedVisa;
    private @Nullable ArrivalCard arrivalCard;
    private PermittedArea permittedArea = PermittedArea.empty();
    private boolean inspectionFree;
    private @Nullable PolicyVersion policyVersion;
    private @Nullable List<LocalizedText> notes;

    Builder() {}

    /**
     * Copies every attribute of an evaluation (its findings as a list, made now if on demand).
     *
     * @param instance the evaluation to copy
     * @return this builder
     */
    public Builder from(Evaluation instance) {
      Objects.requireNonNull(instance, "instance");
      verdict(instance.verdict);
      this.regime = instance.regime;
      this.exitDeadline = instance.exitDeadline;
      findings(instance.findings());
      this.suggestedVisa = instance.suggestedVisa;
      arrivalCard(instance.arrivalCard);
      permittedArea(instance.permittedArea);
      inspectionFree(instance.inspectionFree);
      this.policyVersion = instance.policyVersion;
      notes(instance.notes);
      return this;
    }

    /**
     * Sets the verdict. Required.
     *
     * @param verdict the verdict
     * @return this builder
     */
    public Builder verdict(Verdict verdict) {
      this.verdict = Objects.requireNonNull(verdict, "verdict");
      return this;
    }

    /**
     * Sets the regime under which the trip is visa-free.
     *
     * @param regime the regime
     * @return this builder
     */
    public Builder regime(Regime regime) {
      this.regime = Objects.requireNonNull(regime, "regime");
      return this;
    }

    /**
     * Sets or clears the regime.
     *
     * @param regime the regime, or empty
     * @return this builder
     */
    public Builder regime(Optional<? extends Regime> regime) {
      this.regime = Objects.requireNonNull(regime, "regime").orElse(null);
      return this;
    }

    /**
     * Sets the exit deadline.
     *
     * @param exitDeadline the deadline
     * @return this builder
     */
    public Builder exitDeadline(ZonedDateTime exitDeadline) {
      this.exitDeadline = Objects.requireNonNull(exitDeadline, "exitDeadline");
      return this;
    }

    /**
     * Sets or clears the exit deadline.
     *
     * @param exitDeadline the deadline, or empty
     * @return this builder
     */
    public Builder exitDeadline(Optional<? extends ZonedDateTime> exitDeadline) {
      this.exitDeadline = Objects.requireNonNull(exitDeadline, "exitDeadline").orElse(null);
      return this;
    }

    /**
     * Adds a finding.
     *
     * @param element the finding
     * @return this builder
     * @throws IllegalStateException if the findings were set {@linkplain #findingsOnDemand on demand}
     */
    public Builder addFindings(Finding element) {
      given().add(Objects.requireNonNull(element, "findings element"));
      return this;
    }

    /**
     * Adds findings.
     *
     * @param elements the findings
     * @return this builder
     * @throws IllegalStateException if the findings were set {@linkplain #findingsOnDemand on demand}
     */
    public Builder addFindings(Finding... elements) {
      for (Finding f : Objects.requireNonNull(elements, "findings")) {
        addFindings(f);
      }
      return this;
    }

    /**
     * Adds findings.
     *
     * @param elements the findings
     * @return this builder
     * @throws IllegalStateException if the findings were set {@linkplain #findingsOnDemand on demand}
     */
    public Builder addAllFindings(Iterable<? extends Finding> elements) {
      for (Finding f : Objects.requireNonNull(elements, "findings")) {
        addFindings(f);
      }
      return this;
    }

    /**
     * Replaces the findings, whether given or on demand.
     *
     * @param elements the findings
     * @return this builder
     */
    public Builder findings(Iterable<? extends Finding> elements) {
      Objects.requireNonNull(elements, "findings");
      this.findingsSupplier = null;
      this.findingsGiven = new ArrayList<>();
      return addAllFindings(elements);
    }

    /**
     * Replaces the findings with a supplier called on the first {@link Evaluation#findings()}, at
     * most once per evaluation (under a lock on the supplier), and never when nobody asks. The
     * supplier must return the findings the verdict was decided by, without nulls; its list is
     * copied. An exception it throws reaches the caller of {@code findings()}, who may try again.
     *
     * @param supplier makes the findings
     * @return this builder
     */
    public Builder findingsOnDemand(Supplier<? extends List<Finding>> supplier) {
      this.findingsSupplier = Objects.requireNonNull(supplier, "findings");
      this.findingsGiven = null;
      return this;
    }

    private List<Finding> given() {
      if (findingsSupplier != null) {
        throw new IllegalStateException("findings: already set on demand; set them with findings(...) instead");
      }
      List<Finding> list = findingsGiven;
      if (list == null) {
        list = new ArrayList<>();
        findingsGiven = list;
      }
      return list;
    }

    /**
     * Sets the visa to apply for.
     *
     * @param suggestedVisa the visa category
     * @return this builder
     */
    public Builder suggestedVisa(VisaCategory suggestedVisa) {
      this.suggestedVisa = Objects.requireNonNull(suggestedVisa, "suggestedVisa");
      return this;
    }

    /**
     * Sets or clears the visa to apply for.
     *
     * @param suggestedVisa the visa category, or empty
     * @return this builder
     */
    public Builder suggestedVisa(Optional<? extends VisaCategory> suggestedVisa) {
      this.suggestedVisa = Objects.requireNonNull(suggestedVisa, "suggestedVisa").orElse(null);
      return this;
    }

    /**
     * Sets the arrival card requirement. Required.
     *
     * @param arrivalCard the requirement
     * @return this builder
     */
    public Builder arrivalCard(ArrivalCard arrivalCard) {
      this.arrivalCard = Objects.requireNonNull(arrivalCard, "arrivalCard");
      return this;
    }

    /**
     * Sets the permitted area; {@link PermittedArea#empty()} unless set.
     *
     * @param permittedArea the area
     * @return this builder
     */
    public Builder permittedArea(PermittedArea permittedArea) {
      this.permittedArea = Objects.requireNonNull(permittedArea, "permittedArea");
      return this;
    }

    /**
     * Sets whether the port is inspection-free for direct transit; false unless set.
     *
     * @param inspectionFree whether it is
     * @return this builder
     */
    public Builder inspectionFree(boolean inspectionFree) {
      this.inspectionFree = inspectionFree;
      return this;
    }

    /**
     * Sets the policy version in force on the entry date.
     *
     * @param policyVersion the version
     * @return this builder
     */
    public Builder policyVersion(PolicyVersion policyVersion) {
      this.policyVersion = Objects.requireNonNull(policyVersion, "policyVersion");
      return this;
    }

    /**
     * Sets or clears the policy version.
     *
     * @param policyVersion the version, or empty
     * @return this builder
     */
    public Builder policyVersion(Optional<? extends PolicyVersion> policyVersion) {
      this.policyVersion = Objects.requireNonNull(policyVersion, "policyVersion").orElse(null);
      return this;
    }

    /**
     * Adds a note.
     *
     * @param element the note
     * @return this builder
     */
    public Builder addNotes(LocalizedText element) {
      Objects.requireNonNull(element, "notes element");
      List<LocalizedText> list = notes;
      if (list == null) {
        list = new ArrayList<>(2);
        notes = list;
      }
      list.add(element);
      return this;
    }

    /**
     * Adds notes.
     *
     * @param elements the notes
     * @return this builder
     */
    public Builder addNotes(LocalizedText... elements) {
      for (LocalizedText n : Objects.requireNonNull(elements, "notes")) {
        addNotes(n);
      }
      return this;
    }

    /**
     * Adds notes.
     *
     * @param elements the notes
     * @return this builder
     */
    public Builder addAllNotes(Iterable<? extends LocalizedText> elements) {
      for (LocalizedText n : Objects.requireNonNull(elements, "notes")) {
        addNotes(n);
      }
      return this;
    }

    /**
     * Replaces the notes.
     *
     * @param elements the notes
     * @return this builder
     */
    public Builder notes(Iterable<? extends LocalizedText> elements) {
      Objects.requireNonNull(elements, "notes");
      this.notes = null;
      return addAllNotes(elements);
    }

    /**
     * Builds the evaluation.
     *
     * @return the evaluation
     * @throws IllegalArgumentException if {@code verdict} or {@code arrivalCard} is missing (the
     *     message names them), or the verdict is {@code VISA_FREE} without a regime
     */
    public Evaluation build() {
      if (verdict == null || arrivalCard == null) {
        List<String> missing = new ArrayList<>(2);
        if (verdict == null) {
          missing.add("verdict");
        }
        if (arrivalCard == null) {
          missing.add("arrivalCard");
        }
        throw new IllegalArgumentException(String.join(", ", missing) + ": must be set");
      }
      if (verdict == Verdict.VISA_FREE && regime == null) {
        throw new IllegalArgumentException("regime: must be set when the verdict is VISA_FREE");
      }
      if (findingsSupplier != null) {
        return new Evaluation(this, null);
      }
      List<Finding> given = findingsGiven;
      return new Evaluation(this, given == null ? List.of() : List.copyOf(given));
    }
  }
}
