package io.github.transitpolicy.engine;

import io.github.transitpolicy.model.Evaluation;
import io.github.transitpolicy.model.Trip;
import io.github.transitpolicy.model.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * The answer for an {@link Itinerary}: one {@link Evaluation} per stay in mainland China, in order, and a
 * verdict over them all.
 *
 * <p>Immutable and thread-safe.
 */
public final class ItineraryEvaluation {

  private final List<Trip> trips;
  private final List<Evaluation> stays;
  private final List<List<String>> unplaced;

  ItineraryEvaluation(List<Trip> trips, List<Evaluation> stays, List<List<String>> unplaced) {
    this.trips = List.copyOf(trips);
    this.stays = List.copyOf(stays);
    this.unplaced = List.copyOf(unplaced);
  }

  /**
   * The evaluation of each stay in mainland China, in order: from the leg that lands in the mainland to
   * the leg that leaves it.
   *
   * @return the stays; empty when the itinerary never lands in the mainland
   */
  public List<Evaluation> stays() {
    return stays;
  }

  /**
   * The trip each stay was evaluated as, in the order of {@link #stays()}: what the legs say of its entry,
   * exit, countries, visits and airside transit.
   *
   * @return the trips
   */
  public List<Trip> trips() {
    return trips;
  }

  /**
   * The mainland airports a stay's domestic legs reach that the catalogue cannot place in a prefecture
   * (airports that are not catalogue ports), per stay in the order of {@link #stays()}.
   *
   * @return per stay, the airports as given; unmodifiable
   */
  public List<List<String>> unplacedAirports() {
    return unplaced;
  }

  /**
   * The verdict over every stay: {@code VISA_REQUIRED} if any stay requires a visa, else
   * {@code NEEDS_REVIEW} if any stay needs review, else {@code VISA_FREE} if any stay is visa-free, else
   * (every stay, or no stay at all, is not applicable) {@code NOT_APPLICABLE}. A visa-free stay that
   * reaches an airport listed by {@link #unplacedAirports()} counts as needing review: its places were
   * not all checked.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    boolean review = false;
    boolean free = false;
    for (int i = 0; i < stays.size(); i++) {
      Verdict v = stays.get(i).verdict();
      if (v == Verdict.VISA_REQUIRED) {
        return Verdict.VISA_REQUIRED;
      }
      if (v == Verdict.NEEDS_REVIEW || v == Verdict.VISA_FREE && !unplaced.get(i).isEmpty()) {
        review = true;
      } else if (v == Verdict.VISA_FREE) {
        free = true;
      }
    }
    return review ? Verdict.NEEDS_REVIEW : free ? Verdict.VISA_FREE : Verdict.NOT_APPLICABLE;
  }

  /** Equal when the stays, their trips and the unplaced airports are: the verdict depends on all three. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ItineraryEvaluation)) {
      return false;
    }
    ItineraryEvaluation other = (ItineraryEvaluation) o;
    return stays.equals(other.stays) && trips.equals(other.trips) && unplaced.equals(other.unplaced);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stays, trips, unplaced);
  }

  @Override
  public String toString() {
    return "ItineraryEvaluation[" + verdict() + ", stays " + stays + ", unplaced airports " + unplaced + "]";
  }
}
