/** Reads the compiled tables into catalogue entities. Not API: may change in any release. */
@NullMarked
package io.github.transitpolicy.data.internal;

import org.jspecify.annotations.NullMarked;
