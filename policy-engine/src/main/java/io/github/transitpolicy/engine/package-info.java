/**
 * The façade: {@link io.github.transitpolicy.engine.TransitPolicy}.
 */
@NullMarked
package io.github.transitpolicy.engine;

import org.jspecify.annotations.NullMarked;
