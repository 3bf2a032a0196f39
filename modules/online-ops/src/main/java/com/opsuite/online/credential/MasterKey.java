package com.opsuite.online.credential;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's master key, which wraps every tenant's credential data key. It comes from
 * MicroProfile Config, {@code opsuite.online.master-key} (environment {@code
 * OPSUITE_ONLINE_MASTER_KEY}): 32 random bytes in base64, e.g. {@code openssl rand -base64 32}.
 * Without it a fixed development key is used and a warning says so at startup: fine for a laptop,
 * never for production, since anyone with the source and a database copy could read the passwords.
 * A value that is not a 32-byte base64 key stops the application rather than run with a weak one.
 */
@ApplicationScoped
public class MasterKey {

  public static final String CONFIG_KEY = "opsuite.online.master-key";

  /** The development default: public, so only for machines without real credentials. */
  static final String DEVELOPMENT_KEY = "b3BzdWl0ZS1vbmxpbmUtZGV2LW1hc3Rlci1rZXktMDA=";

  private static final Logger LOG = Logger.getLogger(MasterKey.class.getName());

  @Inject
  @ConfigProperty(name = CONFIG_KEY)
  Optional<String> configured;

  private SecretKey key;
  private boolean development;

  @PostConstruct
  void load() {
    String value = configured.filter(v -> !v.isBlank()).orElse(null);
    development = value == null;
    if (development) {
      LOG.warning(
          "OPSUITE_ONLINE_MASTER_KEY is not set: platform credentials are encrypted with the"
              + " public development master key. Set "
              + CONFIG_KEY
              + " (32 random bytes, base64) before storing real passwords.");
      value = DEVELOPMENT_KEY;
    }
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(value.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(CONFIG_KEY + " is not base64", e);
    }
    if (raw.length != CredentialCipher.KEY_BYTES) {
      throw new IllegalStateException(
          CONFIG_KEY + " must be 32 bytes (base64 of 32 random bytes), not " + raw.length);
    }
    key = CredentialCipher.key(raw);
  }

  /** Reads the key when the application starts, so a missing or bad one is reported at once. */
  void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    isDevelopment();
  }

  SecretKey key() {
    return key;
  }

  public boolean isDevelopment() {
    return development;
  }
}
