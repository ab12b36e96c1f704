/**
 * The catalogue API: {@link io.github.transitpolicy.data.Catalogue} answers what the policy tables
 * say, on any date, and exports every table as CSV or JSON.
 */
@NullMarked
package io.github.transitpolicy.data;

import org.jspecify.annotations.NullMarked;
