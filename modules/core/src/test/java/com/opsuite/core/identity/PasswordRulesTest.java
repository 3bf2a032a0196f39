package com.opsuite.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  @Test
  void theBaselineWantsTenCharactersWithLettersAndDigits() {
    assertEquals(List.of(), keys(PasswordRules.violations("abcdefgh12")));
    assertEquals(List.of("password.tooShort"), keys(PasswordRules.violations("abcdefg12")));
    assertEquals(
        List.of("password.lettersAndDigits"), keys(PasswordRules.violations("abcdefghijk")));
    assertEquals(
        List.of("password.tooShort"), keys(PasswordRules.violations(null)), "null is too short");
  }

  @Test
  void aTenantPolicyTightensButNeverLoosens() {
    assertEquals(
        10,
        PasswordRules.violations("abc1", 6, 2).get(0).argument(),
        "a minimum below the baseline counts as the baseline");
    List<PasswordRules.Problem> problems = PasswordRules.violations("abcdefgh1234", 14, 4);
    assertEquals(List.of("password.tooShort", "password.classes"), keys(problems));
    assertEquals(14, problems.get(0).argument());
    assertEquals(4, problems.get(1).argument());
    assertEquals(List.of(), keys(PasswordRules.violations("Abcdefgh-12345", 14, 4)));
    assertEquals(
        List.of(), keys(PasswordRules.violations("密码安全Abcdefg12", 10, 3)), "CJK letters count");
  }

  @Test
  void lengthCountsCharactersNotUtf16Units() {
    // Ten characters, two of them outside the BMP (each two UTF-16 units).
    assertEquals(List.of(), keys(PasswordRules.violations("abcdef12\uD83D\uDE00\uD83D\uDE00")));
    assertEquals(
        List.of("password.tooShort"),
        keys(PasswordRules.violations("abcde12\uD83D\uDE00\uD83D\uDE00")));
  }

  private static List<String> keys(List<PasswordRules.Problem> problems) {
    return problems.stream().map(PasswordRules.Problem::key).toList();
  }
}
