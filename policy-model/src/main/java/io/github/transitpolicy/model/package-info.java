/**
 * Value types of transit-policy: what a trip is, what an evaluation answers, and the catalogue
 * entities (ports, provinces, places, policy versions) behind the answer.
 *
 * <p>All types are immutable and thread-safe. Nothing here accepts or returns {@code null} unless
 * marked {@link org.jspecify.annotations.Nullable}; absent values are {@link java.util.Optional}.
 * Malformed input fails fast with an {@link IllegalArgumentException} or a
 * {@link NullPointerException} whose message names the field. Generated implementation classes
 * are package-private: values are created through the static {@code of(...)} and
 * {@code builder()} factories of each type.
 *
 * <p>All times are Beijing time (Asia/Shanghai, UTC+8), see {@link io.github.transitpolicy.model.BeijingTime}.
 */
@NullMarked
@ValueStyle
package io.github.transitpolicy.model;

import org.jspecify.annotations.NullMarked;
