/**
 * {@code transit-check}, the command-line check. Not API: its options are documented in the README.
 *
 * <ul>
 *   <li>{@link io.github.transitpolicy.engine.internal.cli.TransitCheck}: the entry point, its flags,
 *       one trip, {@code --version} and {@code diff}; {@code LegsCheck}: {@code legs}, itineraries.
 *   <li>{@code CsvBatch}: {@code --csv}, rows read in order and evaluated in {@code Chunk}s on every
 *       core; {@code Layout} (the file's columns, a row's trip), {@code Checker} (verdicts and codes
 *       from the rules' statuses), {@code Results} (a row of result fields), {@code Batch} (counts).
 *   <li>Text in and out: {@code Utf8Lines}, {@code Utf8Builder}, {@code Csv}, {@code Json},
 *       {@code Dates}; {@code OutputFiles}: results files replaced only when complete.
 *   <li>{@code UsageException} (exit 64), {@code InputException} (65), {@code FieldException} (one
 *       field or row).
 * </ul>
 */
@NullMarked
package io.github.transitpolicy.engine.internal.cli;

import org.jspecify.annotations.NullMarked;
