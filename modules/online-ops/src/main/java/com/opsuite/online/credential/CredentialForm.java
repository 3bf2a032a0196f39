package com.opsuite.online.credential;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An account and password to store for a platform. The messages are keys of the module's bundle;
 * {@code version} is the credential's loaded version when one is replaced (optional). The secret is
 * kept out of {@link #toString()}, so a logged form shows nothing.
 */
public record CredentialForm(
    @NotBlank(message = "credential.account.required")
        @Size(max = 200, message = "credential.account.tooLong")
        String account,
    @NotBlank(message = "credential.password.required")
        @Size(max = 500, message = "credential.password.tooLong")
        String password,
    @Size(max = 1000, message = "credential.note.tooLong") String note,
    Long version) {

  static CredentialForm orEmpty(CredentialForm form) {
    return form == null ? new CredentialForm(null, null, null, null) : form;
  }

  @Override
  public String toString() {
    return "CredentialForm[secret]";
  }
}
