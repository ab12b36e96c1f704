/**
 * The transit-policy catalogue: ports, provinces, places, eligible countries, visa exemptions and
 * policy versions, compiled at build time from the tables under {@code policy-data/src/main/tables}.
 *
 * <p>Start at {@link io.github.transitpolicy.data.Catalogue#bundled()}.
 */
module io.github.transitpolicy.data {
  requires transitive io.github.transitpolicy.model;
  requires static org.jspecify;

  exports io.github.transitpolicy.data;
}
