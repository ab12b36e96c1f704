/**
 * The transit-policy engine: {@link io.github.transitpolicy.engine.TransitPolicy#evaluate} tells whether
 * a trip through mainland China needs a visa, under which rule, until when, and every reason why not.
 */
module io.github.transitpolicy.engine {
  requires transitive io.github.transitpolicy.model;
  requires transitive io.github.transitpolicy.data;
  requires static org.jspecify;

  exports io.github.transitpolicy.engine;
}
