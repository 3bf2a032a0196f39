package com.opsuite.web.security;

import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.identity.SecurityPolicies;
import com.opsuite.core.identity.SecurityPolicy;
import com.opsuite.web.i18n.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The tenant's password rules in a sentence, shown beside every new-password field. */
@RequestScoped
public class PasswordRulesText {

  @Inject SecurityPolicies policies;
  @Inject CoreMessages texts;
  @Inject LocaleSelection locale;

  public String text() {
    SecurityPolicy policy = policies.current();
    return texts.text(
        locale.getLocale(),
        "password.rules",
        policy.passwordMinLength(),
        policy.passwordCharacterClasses(),
        policy.passwordHistory());
  }
}
