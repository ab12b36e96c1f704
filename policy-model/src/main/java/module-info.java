/**
 * Immutable value types of transit-policy: trip inputs ({@code Trip}, {@code Traveller},
 * {@code TravelDocument}, {@code Arrival}, {@code Departure}), evaluation outputs
 * ({@code Evaluation}, {@code Finding}), catalogue entities ({@code Port}, {@code Province},
 * {@code Place}, {@code PolicyVersion}) and the codes and enums they use.
 *
 * <p>Every type is immutable and safe to share between threads. The only runtime dependency is
 * JSpecify, whose nullness annotations appear in the API.
 */
module io.github.transitpolicy.model {
  requires static org.immutables.value.annotations;
  requires transitive org.jspecify;

  exports io.github.transitpolicy.model;
}
