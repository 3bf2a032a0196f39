package com.opsuite.core.security.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/**
 * The RSA key pair API tokens are signed with, read from {@link TokenKeyStore} once and kept: every
 * API request verifies a token, and that must cost no database round trip.
 */
@ApplicationScoped
public class TokenKeys {

  @Inject TokenKeyStore store;

  private volatile KeyPair keys;

  public RSAPrivateKey privateKey() {
    return (RSAPrivateKey) keys().getPrivate();
  }

  public RSAPublicKey publicKey() {
    return (RSAPublicKey) keys().getPublic();
  }

  private KeyPair keys() {
    KeyPair loaded = keys;
    if (loaded == null) {
      synchronized (this) {
        if (keys == null) {
          keys = store.loadOrCreate();
        }
        loaded = keys;
      }
    }
    return loaded;
  }
}
