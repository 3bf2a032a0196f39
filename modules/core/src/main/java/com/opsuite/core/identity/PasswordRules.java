package com.opsuite.core.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * The baseline every password meets: long enough and not of one character class. Tenants tighten it
 * with their security policy; nothing loosens it.
 */
public final class PasswordRules {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private PasswordRules() {}

  /** Message keys of the rules the password breaks; empty when it is acceptable. */
  public static List<String> violations(String password) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.length() < MIN_LENGTH) {
      problems.add("password.tooShort");
    } else if (password.length() > MAX_LENGTH) {
      problems.add("password.tooLong");
    }
    if (password != null
        && (password.chars().noneMatch(Character::isLetter)
            || password.chars().noneMatch(Character::isDigit))) {
      problems.add("password.lettersAndDigits");
    }
    return problems;
  }
}
