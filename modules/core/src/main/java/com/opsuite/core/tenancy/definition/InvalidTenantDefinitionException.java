package com.opsuite.core.tenancy.definition;

import com.opsuite.core.i18n.LocalizedBundles;
import com.opsuite.core.i18n.SupportedLocales;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One or more tenant definition files are invalid. Carries every problem found, not just the first,
 * so an operator fixes a file in one round; {@link #getMessage()} lists them in English.
 */
public class InvalidTenantDefinitionException extends RuntimeException {

  private final List<Problem> problems;

  public InvalidTenantDefinitionException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, per file in the order found. Never empty. */
  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    if (problems == null || problems.isEmpty()) {
      throw new IllegalArgumentException("An invalid tenant definition needs at least one problem");
    }
    String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    return problems.stream()
        .map(p -> "  " + p.describe(SupportedLocales.ENGLISH))
        .collect(Collectors.joining("\n", "Invalid tenant definition (" + count + "):\n", ""));
  }

  /**
   * One problem of one file.
   *
   * @param file the file name, e.g. {@code acme-gas.properties}
   * @param key the offending key, or {@code null} when the problem concerns the whole file
   * @param messageKey the key of the text in {@link TenantDefinitionMessage#BUNDLE}
   * @param args the arguments of the text; never contains a password
   */
  public record Problem(String file, String key, String messageKey, List<Object> args)
      implements Serializable {

    public Problem {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(messageKey, "messageKey");
      args = List.copyOf(args);
    }

    static Problem of(String file, String key, TenantDefinitionMessage message, Object... args) {
      return new Problem(file, key, message.key(), List.of(args));
    }

    /** The problem's text in the given language (English unless Chinese is asked for). */
    public String message(Locale locale) {
      String pattern =
          LocalizedBundles.text(
              TenantDefinitionMessage.BUNDLE, locale, Problem.class.getClassLoader(), messageKey);
      return new MessageFormat(pattern, locale).format(args.toArray());
    }

    /** File, key and text on one line, e.g. {@code acme.properties [locale]: ...}. */
    public String describe(Locale locale) {
      return file + (key == null ? "" : " [" + key + "]") + ": " + message(locale);
    }
  }
}
