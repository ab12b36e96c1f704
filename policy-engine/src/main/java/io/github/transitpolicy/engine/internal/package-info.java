/** The rules behind {@code TransitPolicy}. Not API: may change in any release. */
@NullMarked
package io.github.transitpolicy.engine.internal;

import org.jspecify.annotations.NullMarked;
