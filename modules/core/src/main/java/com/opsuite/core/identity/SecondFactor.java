package com.opsuite.core.identity;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.identity.totp.Totp;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.TenantRoles;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.util.OptionalLong;

/**
 * The optional authenticator-app second factor (TOTP): enrolment proposes a secret, a first valid
 * code switches it on, the password switches it off again, unless the tenant requires it of
 * administrators and the account is one.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class SecondFactor {

  static final String ISSUER = "Opsuite";

  @PersistenceContext EntityManager em;
  @Inject PasswordHashing hashing;
  @Inject AuditLog audit;
  @Inject SecurityPolicies policies;
  @Inject TenantRoles roles;
  Clock clock = Clock.systemUTC();

  /** A new secret for the account and the URI authenticator apps read (as a QR code or typed). */
  public Enrolment propose(long accountId) {
    UserAccount account = account(accountId);
    String secret = Totp.newSecret();
    account.proposeTotpSecret(secret);
    return new Enrolment(secret, Totp.provisioningUri(ISSUER, account.getEmail(), secret));
  }

  /** Switches the second factor on once the app shows a matching code. */
  public void confirm(long accountId, String code) {
    UserAccount account = account(accountId);
    if (account.getTotpSecret() == null) {
      throw InvalidInputException.of("code", "totp.notProposed");
    }
    OptionalLong step = Totp.verify(account.getTotpSecret(), code, clock.instant(), 0);
    if (step.isEmpty()) {
      throw InvalidInputException.of("code", "totp.codeWrong");
    }
    account.enableTotp(step.getAsLong());
    audit.record(account.getEmail(), "totp.enabled", account.getEmail(), null, null);
  }

  public void disable(long accountId, String password) {
    UserAccount account = account(accountId);
    if (password == null || !hashing.matches(password, account.getPasswordHash())) {
      throw InvalidInputException.of("currentPassword", "password.currentWrong");
    }
    if (policies.current().totpRequiredForAdmins()
        && roles.codesHeldBy(accountId).contains(CorePermissions.TENANT_ADMIN_ROLE)) {
      throw InvalidInputException.of("currentPassword", "totp.requiredForAdmins");
    }
    account.disableTotp();
    audit.record(account.getEmail(), "totp.disabled", account.getEmail(), null, null);
  }

  private UserAccount account(long id) {
    UserAccount account = em.find(UserAccount.class, id);
    if (account == null) {
      throw new IllegalArgumentException("No account " + id);
    }
    return account;
  }

  /**
   * The secret to enter in an authenticator app, and the same as an {@code otpauth:} URI.
   * Serializable: the account page keeps it in the (replicated) session until a code confirms it.
   */
  public record Enrolment(String secret, String uri) implements Serializable {}
}
