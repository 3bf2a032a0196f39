package com.opsuite.core.identity;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.identity.totp.Totp;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.SignedInUser;
import com.opsuite.core.security.TenantRoles;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks a user's credentials for the current tenant, for page and API sign-in alike: password,
 * lockout after repeated failures (counted per account, whatever the address), the second factor.
 * Every attempt is audited. A refusal is a result, not an exception, so its count and record
 * commit.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Authenticator {

  /** Verified instead of a real hash for unknown accounts, so both take the same time. */
  private static final String DUMMY_HASH_PASSWORD = "no-such-account-0";

  @Inject UserAccounts accounts;
  @Inject PasswordHashing hashing;
  @Inject SecurityPolicies policies;
  @Inject TenantContext tenant;
  @Inject AuditLog audit;
  @Inject TenantRoles roles;
  Clock clock = Clock.systemUTC();

  private volatile String dummyHash;

  /**
   * Signs in with e-mail, password and, for accounts with a second factor, the authenticator code
   * ({@code null} on the first step).
   */
  public SignInResult signIn(String email, String password, String code) {
    String who = email == null ? "" : email.strip();
    Optional<UserAccount> found =
        who.isEmpty() ? Optional.empty() : accounts.findByEmailForSignIn(who);
    Instant now = clock.instant();
    if (found.isEmpty() || !found.get().isActive()) {
      hashing.matches(password == null ? "" : password, dummyHash());
      return fail(who, found.isEmpty() ? "unknown-account" : "inactive-account");
    }
    UserAccount account = found.get();
    if (account.lockout().isLocked(now)) {
      return fail(who, "locked");
    }
    SecurityPolicy policy = policies.current();
    if (password == null || !hashing.matches(password, account.getPasswordHash())) {
      return failAndCount(account, policy, now, "wrong-password");
    }
    if (account.isTotpEnabled()) {
      if (code == null || code.isBlank()) {
        return SignInResult.codeRequired();
      }
      OptionalLong step =
          Totp.verify(account.getTotpSecret(), code, now, account.getTotpLastStep());
      if (step.isEmpty()) {
        return failAndCount(account, policy, now, "wrong-code");
      }
      account.totpUsed(step.getAsLong());
    }
    account.succeededLogin(now);
    audit.record(account.getEmail(), "login.succeeded", account.getEmail(), null, null);
    SignedInUser user =
        new SignedInUser(
            tenant.require().code(), account.getId(), account.getEmail(), account.getDisplayName());
    boolean secondFactorMissing =
        policy.totpRequiredForAdmins() && !account.isTotpEnabled() && isAdministrator(account);
    return new SignInResult(
        SignInResult.Outcome.SIGNED_IN,
        user,
        policy.passwordExpired(account.getPasswordChangedAt(), now),
        secondFactorMissing);
  }

  /**
   * Whether the account holds the administrator role: any account may be given it, not only the one
   * that signed the tenant up (which alone carries the account's admin flag).
   */
  private boolean isAdministrator(UserAccount account) {
    return roles.codesHeldBy(account.getId()).contains(CorePermissions.TENANT_ADMIN_ROLE);
  }

  private SignInResult failAndCount(
      UserAccount account, SecurityPolicy policy, Instant now, String reason) {
    SignInResult result = fail(account.getEmail(), reason);
    Lockout lockout = account.lockout();
    if (lockout.failed(policy.lockoutAttempts(), now.plus(policy.lockoutDuration()))) {
      audit.record(
          account.getEmail(),
          "account.locked",
          account.getEmail(),
          null,
          lockout.lockedUntil().toString());
    }
    return result;
  }

  private SignInResult fail(String who, String reason) {
    audit.record(who.isEmpty() ? "-" : truncate(who), "login.failed", truncate(who), null, reason);
    return SignInResult.failed();
  }

  private static String truncate(String value) {
    return value.length() > 200 ? value.substring(0, 200) : value;
  }

  private String dummyHash() {
    if (dummyHash == null) {
      dummyHash = hashing.hash(DUMMY_HASH_PASSWORD);
    }
    return dummyHash;
  }
}
