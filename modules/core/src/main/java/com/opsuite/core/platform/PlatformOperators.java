package com.opsuite.core.platform;

import com.opsuite.core.audit.RequestOrigin;
import com.opsuite.core.identity.Lockout;
import com.opsuite.core.identity.PasswordHashing;
import com.opsuite.core.identity.PasswordRules;
import com.opsuite.core.security.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Platform operator accounts and their sign-in: the same lockout rule as tenants' defaults (5
 * failures lock for 15 minutes), and a record of every attempt.
 */
@ApplicationScoped
@Transactional
public class PlatformOperators {

  static final int LOCKOUT_ATTEMPTS = 5;
  static final Duration LOCKOUT = Duration.ofMinutes(15);
  private static final Logger LOG = Logger.getLogger(PlatformOperators.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PasswordHashing hashing;
  @Inject RequestOrigin origin;
  Clock clock = Clock.systemUTC();

  public Optional<SignedInUser> signIn(String username, String password) {
    Instant now = clock.instant();
    Optional<PlatformOperator> found = find(username);
    if (found.isEmpty()) {
      record(String.valueOf(username), "operator.login.failed", null);
      return Optional.empty();
    }
    PlatformOperator operator = found.get();
    Lockout lockout = operator.lockout();
    if (lockout.isLocked(now)) {
      record(operator.getUsername(), "operator.login.failed", null);
      return Optional.empty();
    }
    if (password == null || !hashing.matches(password, operator.getPasswordHash())) {
      lockout.failed(LOCKOUT_ATTEMPTS, now.plus(LOCKOUT));
      record(operator.getUsername(), "operator.login.failed", null);
      return Optional.empty();
    }
    lockout.clear();
    record(operator.getUsername(), "operator.login.succeeded", null);
    return Optional.of(
        new SignedInUser(null, operator.getId(), operator.getUsername(), operator.getUsername()));
  }

  /**
   * Creates the operator the configuration names if there is none of that name yet; an existing
   * operator's password is never overwritten from configuration.
   */
  public boolean ensure(String username, String password) {
    if (find(username).isPresent()) {
      return false;
    }
    if (!PasswordRules.violations(password).isEmpty()) {
      LOG.warning(
          "The configured platform operator password breaks the password rules; no operator made");
      return false;
    }
    em.persist(new PlatformOperator(username, hashing.hash(password)));
    record("system", "operator.created", username);
    return true;
  }

  public void record(String actor, String action, String target) {
    String who = actor.length() > 200 ? actor.substring(0, 200) : actor;
    em.persist(new PlatformEvent(who, origin.address().orElse(null), action, target));
  }

  private Optional<PlatformOperator> find(String username) {
    if (username == null || username.isBlank() || username.length() > 100) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT o FROM PlatformOperator o WHERE o.username = :name", PlatformOperator.class)
        .setParameter("name", username.strip())
        .getResultStream()
        .findFirst();
  }
}
