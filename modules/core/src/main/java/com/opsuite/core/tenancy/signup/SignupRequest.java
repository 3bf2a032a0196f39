package com.opsuite.core.tenancy.signup;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a company enters to sign up; each constraint's message is a key localized on display. */
public record SignupRequest(
    @NotBlank(message = "{signup.companyName.required}")
        @Size(max = 200, message = "{signup.companyName.size}")
        String companyName,
    @NotBlank(message = "{signup.code.required}")
        @Pattern(
            regexp = "^(?=.{3,40}$)[a-z][a-z0-9]*(-[a-z0-9]+)*$",
            message = "{signup.code.invalid}")
        String tenantCode,
    @NotBlank(message = "{signup.adminName.required}")
        @Size(max = 200, message = "{signup.adminName.size}")
        String adminName,
    @NotBlank(message = "{signup.email.required}")
        @Email(message = "{signup.email.invalid}")
        @Size(max = 254, message = "{signup.email.invalid}")
        String email,
    @NotBlank(message = "{signup.password.required}") String password,
    String locale,
    List<String> modules) {

  @Override
  public String toString() {
    return "SignupRequest[" + tenantCode + ", " + email + "]";
  }
}
