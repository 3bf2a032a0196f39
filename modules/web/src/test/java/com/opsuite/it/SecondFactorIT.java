package com.opsuite.it;

import static com.opsuite.it.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.core.identity.totp.Totp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The optional authenticator-app second factor: enrol, then sign-in needs the code too. */
@ExtendWith(ArquillianExtension.class)
class SecondFactorIT {

  @ArquillianResource URL base;

  @Test
  void afterEnrolmentSignInAsksForTheCodeAndAcceptsEachCodeOnce() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "totp");
    String admin = TestTenants.adminEmail(tenant);
    String token = Http.token(root, tenant, admin, TestTenants.PASSWORD);

    HttpResponse<String> proposed =
        Http.post(root.resolve("api/v1/core/account/totp"), "", bearer(token));
    assertEquals(200, proposed.statusCode(), proposed.body());
    JsonObject enrolment = Http.json(proposed);
    String secret = enrolment.getString("secret");
    assertTrue(
        enrolment.getString("uri").startsWith("otpauth://totp/Opsuite:"), enrolment.toString());

    assertEquals(
        400,
        Http.post(
                root.resolve("api/v1/core/account/totp/confirm"),
                "{\"code\":\"000000\"}",
                bearer(token))
            .statusCode());
    // The code of the previous step: the one sign-in below uses the current step's.
    String earlier = Totp.code(secret, Instant.now().minusSeconds(30));
    assertEquals(
        204,
        Http.post(
                root.resolve("api/v1/core/account/totp/confirm"),
                "{\"code\":\"" + earlier + "\"}",
                bearer(token))
            .statusCode());

    HttpResponse<String> withoutCode =
        AuthenticationIT.signIn(root, tenant, admin, TestTenants.PASSWORD);
    assertEquals(401, withoutCode.statusCode());
    assertEquals("urn:opsuite:problem:code-required", Http.json(withoutCode).getString("type"));

    String code = Totp.code(secret, Instant.now());
    assertEquals(200, signInWithCode(root, tenant, admin, code).statusCode());
    assertEquals(401, signInWithCode(root, tenant, admin, code).statusCode(), "a code works once");
  }

  private static HttpResponse<String> signInWithCode(
      URI root, String tenant, String email, String code) {
    return Http.post(
        root.resolve("api/v1/auth/token"),
        Json.createObjectBuilder()
            .add("tenant", tenant)
            .add("username", email)
            .add("password", TestTenants.PASSWORD)
            .add("code", code)
            .build()
            .toString());
  }
}
