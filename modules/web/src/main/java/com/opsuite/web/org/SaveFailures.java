package com.opsuite.web.org;

import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.web.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

/**
 * Turns a refused save into messages: each invalid field gets its localized message beside the
 * input, a stale version a clear message at the top. Anything else is a bug and goes on up.
 */
@RequestScoped
public class SaveFailures {

  @Inject Messages messages;

  /** Shows the refusal; inputs keep what was typed because the request counts as failed. */
  public void show(RuntimeException e, String clientIdPrefix) {
    InvalidInputException invalid = find(e, InvalidInputException.class);
    if (invalid != null) {
      messages.invalid(invalid, clientIdPrefix);
      return;
    }
    if (isStale(e)) {
      messages.pageError(null, "org.stale");
      return;
    }
    throw e;
  }

  /** Whether someone else saved the record since it was read (maybe only noticed at commit). */
  public static boolean isStale(Throwable e) {
    return find(e, OptimisticLockException.class) != null;
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
