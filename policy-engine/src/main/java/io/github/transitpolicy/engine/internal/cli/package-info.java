/** {@code transit-check}, the command-line check. Not API: its options are documented in the README. */
@NullMarked
package io.github.transitpolicy.engine.internal.cli;

import org.jspecify.annotations.NullMarked;
