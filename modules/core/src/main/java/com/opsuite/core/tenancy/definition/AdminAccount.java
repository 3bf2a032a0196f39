package com.opsuite.core.tenancy.definition;

import java.util.Objects;

/**
 * The tenant's first administrator as given in its definition file. The password is only used when
 * the account is first created; it is never part of {@link #toString()}, so logging a definition
 * cannot leak it.
 */
public record AdminAccount(String name, String email, String password) {

  public AdminAccount {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
  }

  @Override
  public String toString() {
    return "AdminAccount[name=" + name + ", email=" + email + ", password=******]";
  }
}
