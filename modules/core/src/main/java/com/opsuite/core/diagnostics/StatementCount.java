package com.opsuite.core.diagnostics;

/**
 * The SQL statements sent on one thread while a count is open: the diagnostic that shows a request
 * whose statements grow with the rows it shows (an N+1). Opened by whoever serves the request (the
 * web layer's filter, only when {@code opsuite.diagnostics.statement-count} is on); with no count
 * open, {@link #record()} is one thread-local read, so the listener costs nothing measurable.
 *
 * <p>A thread-local because EclipseLink creates its listeners itself, outside CDI, and a request is
 * served on one thread from the first filter to the last byte.
 */
public final class StatementCount implements AutoCloseable {

  private static final ThreadLocal<StatementCount> OPEN = new ThreadLocal<>();

  private final StatementCount outer;
  private int statements;

  private StatementCount(StatementCount outer) {
    this.outer = outer;
  }

  /** Starts counting on this thread until {@link #close()}; a count opened inside one nests. */
  public static StatementCount open() {
    StatementCount count = new StatementCount(OPEN.get());
    OPEN.set(count);
    return count;
  }

  /** The statements sent so far since this count was opened. */
  public int statements() {
    return statements;
  }

  /** Notes one statement sent on this thread, in every count open on it. */
  static void record() {
    for (StatementCount count = OPEN.get(); count != null; count = count.outer) {
      count.statements++;
    }
  }

  @Override
  public void close() {
    if (outer == null) {
      OPEN.remove();
    } else {
      OPEN.set(outer);
    }
  }
}
