package com.opsuite.core.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * What a password must be: at least the tenant's minimum length and of enough character classes
 * (lower case, upper case, digits, symbols). The baseline (10 characters, letters and digits) holds
 * where no tenant policy applies yet, e.g. at signup; tenants tighten it, nothing loosens it.
 */
public final class PasswordRules {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private PasswordRules() {}

  /** Message keys of the baseline rules the password breaks; empty when it is acceptable. */
  public static List<Problem> violations(String password) {
    return violations(password, MIN_LENGTH, 2);
  }

  /** Message keys (with their argument) of the rules the password breaks. */
  public static List<Problem> violations(String password, int minLength, int classes) {
    List<Problem> problems = new ArrayList<>();
    int min = Math.max(minLength, MIN_LENGTH);
    if (password == null || password.codePointCount(0, password.length()) < min) {
      problems.add(new Problem("password.tooShort", min));
    } else if (password.length() > MAX_LENGTH) {
      problems.add(new Problem("password.tooLong", MAX_LENGTH));
    }
    if (password == null) {
      return problems;
    }
    if (password.chars().noneMatch(Character::isLetter)
        || password.chars().noneMatch(Character::isDigit)) {
      problems.add(new Problem("password.lettersAndDigits", null));
    }
    if (classes > 2 && classesIn(password) < classes) {
      problems.add(new Problem("password.classes", classes));
    }
    return problems;
  }

  static int classesIn(String password) {
    int lower = password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
    int upper = password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
    int digit = password.chars().anyMatch(Character::isDigit) ? 1 : 0;
    int other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
    return lower + upper + digit + other;
  }

  /** A broken rule: its message key and the number the message names, if any. */
  public record Problem(String key, Integer argument) {
    public Object[] args() {
      return argument == null ? new Object[0] : new Object[] {argument};
    }
  }
}
