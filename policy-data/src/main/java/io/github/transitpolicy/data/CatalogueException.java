package io.github.transitpolicy.data;

import java.util.List;
import java.util.Objects;

/**
 * Policy tables that are not valid: {@link Catalogue#load} refuses them, and the build refuses to compile
 * them, with the same checks. Every problem is reported, not just the first, each as
 * {@code file:line: what is wrong} (line 0 when the problem concerns a table as a whole), e.g.
 * {@code ports.tsv:14: province: unknown reference "990000" (not in provinces.tsv)}.
 */
public final class CatalogueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Serializable: an unmodifiable {@code List.copyOf}. */
  @SuppressWarnings("serial")
  private final List<String> problems;

  /**
   * An exception listing problems.
   *
   * @param problems every problem found, each {@code file:line: what is wrong}; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   * @throws NullPointerException if {@code problems} or one of them is null
   */
  public CatalogueException(List<String> problems) {
    super(String.join(System.lineSeparator(), Objects.requireNonNull(problems, "problems")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: must not be empty");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, in the order the tables are checked.
   *
   * @return the problems, each {@code file:line: what is wrong}
   */
  public List<String> problems() {
    return problems;
  }
}
