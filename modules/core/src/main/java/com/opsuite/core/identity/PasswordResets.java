package com.opsuite.core.identity;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.mail.OutgoingMail;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Password reset by e-mail. Asking never tells whether the address has an account; the link holds a
 * random token (only its hash is stored), expires after {@link #VALID_FOR} and works once.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PasswordResets {

  public static final Duration VALID_FOR = Duration.ofMinutes(30);
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject UserAccounts accounts;
  @Inject Passwords passwords;
  @Inject CoreMessages messages;
  @Inject AuditLog audit;
  @Inject Event<OutgoingMail> mail;
  Clock clock = Clock.systemUTC();

  /**
   * Sends a reset link to the account with this e-mail, if there is an active one; {@code linkBase}
   * is the tenant's page address up to and excluding {@code reset-password}.
   */
  public void request(String email, String linkBase, Locale locale) {
    Optional<UserAccount> account =
        email == null || email.isBlank() ? Optional.empty() : accounts.findByEmail(email.strip());
    if (account.isEmpty() || !account.get().isActive()) {
      return;
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Instant now = clock.instant();
    em.persist(new PasswordReset(hash(token), account.get().getId(), now.plus(VALID_FOR)));
    audit.record(
        account.get().getEmail(), "password.reset.requested", account.get().getEmail(), null, null);
    String link = linkBase + "reset-password?token=" + token;
    mail.fire(
        new OutgoingMail(
            account.get().getEmail(),
            messages.text(locale, "mail.reset.subject"),
            messages.text(
                locale,
                "mail.reset.body",
                account.get().getDisplayName(),
                link,
                VALID_FOR.toMinutes())));
  }

  /** Whether the token is one that can still be used (the page checks before asking). */
  public boolean usable(String token) {
    return find(token).isPresent();
  }

  /** Sets the new password if the token is valid; the token is spent either way on success. */
  public void reset(String token, String newPassword) {
    PasswordReset reset =
        find(token).orElseThrow(() -> InvalidInputException.of("token", "reset.tokenInvalid"));
    UserAccount account =
        accounts
            .find(reset.getUserId())
            .filter(UserAccount::isActive)
            .orElseThrow(() -> InvalidInputException.of("token", "reset.tokenInvalid"));
    passwords.set(account, newPassword, account.getEmail(), "password.reset");
    reset.use(clock.instant());
  }

  private Optional<PasswordReset> find(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(PasswordReset.class, hash(token)))
        .filter(r -> r.usableAt(clock.instant()));
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
