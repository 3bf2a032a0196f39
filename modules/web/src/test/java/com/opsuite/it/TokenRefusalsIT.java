package com.opsuite.it;

import static com.opsuite.it.Http.asTenant;
import static com.opsuite.it.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Refusals at the door, beyond what {@link AuthenticationIT} (API lockout), {@link
 * PlatformOperatorIT} (a suspended tenant's token) and {@link TenantIsolationIT} prove: one lockout
 * counts failures on the sign-in page and the token endpoint alike, and no forged, expired,
 * foreign-key or tampered bearer token, nor one of a deactivated or deleted account, reads data.
 */
@ExtendWith(ArquillianExtension.class)
class TokenRefusalsIT {

  /** Tenant data a token may not read; each answers 200 to the real token. */
  private static final List<String> READS =
      List.of(
          "api/v1/core/account",
          "api/v1/core/users",
          "api/v1/core/org/units",
          "api/v1/core/notifications",
          "api/v1/core/approvals/inbox?box=submitted");

  @ArquillianResource URL base;

  @Test
  void forgedTamperedAndStaleTokensAreAll401AndReadNothing() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "tok-a");
    String other = TestTenants.signUp(root, "tok-b");
    String admin = TestTenants.adminEmail(tenant);
    String real = Http.token(root, tenant, admin, TestTenants.PASSWORD);
    for (String read : READS) {
      HttpResponse<String> control = Http.get(root.resolve(read), bearer(real));
      assertEquals(200, control.statusCode(), read + ": " + control.body());
    }

    Map<String, String> forged = ForgedTokens.of(real, other);
    int refusals = 0;
    for (Map.Entry<String, String> variant : forged.entrySet()) {
      assertNotEquals(real, variant.getValue(), variant.getKey() + " is a real forgery");
      refusals += assertRefusedEverywhere(root, variant.getKey(), variant.getValue(), tenant);
    }
    System.out.printf(
        "TokenRefusalsIT: %d forged token variants x %d reads = %d refusals (401)%n",
        forged.size(), READS.size(), refusals);
  }

  @Test
  void aDeactivatedAccountsTokenStopsWorkingAtOnce() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "tok-off");
    String clerk = "clerk@" + tenant + ".example";
    HttpResponse<String> added =
        Http.post(
            root.resolve("api/v1/core/users"),
            Json.createObjectBuilder()
                .add("email", clerk)
                .add("displayName", "Clerk")
                .add("password", TestTenants.PASSWORD)
                .add("roles", Json.createArrayBuilder())
                .build()
                .toString(),
            asTenant(tenant));
    assertEquals(201, added.statusCode(), added.body());
    long id = Http.json(added).getJsonNumber("id").longValue();
    String token = Http.token(root, tenant, clerk, TestTenants.PASSWORD);
    assertEquals(
        200, Http.get(root.resolve("api/v1/core/account"), bearer(token)).statusCode(), "control");

    HttpResponse<String> off =
        Http.put(root.resolve("api/v1/core/users/" + id + "/active"), "false", asTenant(tenant));
    assertEquals(200, off.statusCode(), off.body());

    int refusals = assertRefusedEverywhere(root, "deactivated account", token, clerk);
    System.out.printf("TokenRefusalsIT: deactivated account's token: %d refusals%n", refusals);
  }

  @Test
  void pageAndTokenSignInShareOneLockoutThatRefusesTheRightPassword() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "tok-lock");
    String admin = TestTenants.adminEmail(tenant);
    HttpResponse<String> policy =
        Http.put(
            root.resolve("api/v1/core/settings"),
            "{\"lockout-attempts\":\"4\",\"lockout-minutes\":\"10\"}",
            asTenant(tenant));
    assertEquals(200, policy.statusCode(), policy.body());

    // Brute force from both doors: two guesses on the page, two on the token endpoint.
    PageSession page = PageSession.open(root);
    for (int i = 0; i < 2; i++) {
      assertPageRefused(page.postSignIn(tenant, admin, "Guess-passw0rd-" + i));
      assertEquals(
          401, AuthenticationIT.signIn(root, tenant, admin, "Guess-passw0rd-t" + i).statusCode());
    }

    // Locked now: the right password is refused at both doors, with the same words as a guess.
    assertPageRefused(PageSession.open(root).postSignIn(tenant, admin, TestTenants.PASSWORD));
    HttpResponse<String> api = AuthenticationIT.signIn(root, tenant, admin, TestTenants.PASSWORD);
    assertEquals(401, api.statusCode(), "locked: the token endpoint refuses the right password");
    assertTrue(
        api.body().contains(bundle(Locale.ENGLISH).getString("auth.failed"))
            || api.body().contains(bundle(Locale.SIMPLIFIED_CHINESE).getString("auth.failed")),
        api.body());
    try (Connection db = TestDatabase.asAdmin()) {
      assertEquals(
          List.of("1"),
          TestDatabase.strings(
              db,
              "SELECT count(*)::text FROM audit_event WHERE tenant_id = ?"
                  + " AND action = 'account.locked'",
              tenant),
          "the guesses at both doors count towards one lock");
    }
    System.out.println(
        "TokenRefusalsIT: lockout after 4 guesses (2 page + 2 token), right password refused on"
            + " both");
  }

  /** Every read refused with 401 and a problem body that holds none of the tenant's data. */
  private static int assertRefusedEverywhere(
      URI root, String variant, String token, String secret) {
    List<String> failures = new ArrayList<>();
    for (String read : READS) {
      HttpResponse<String> response = Http.get(root.resolve(read), bearer(token));
      if (response.statusCode() != 401 || response.body().contains(secret)) {
        failures.add(read + " -> " + response.statusCode() + " " + response.body());
      }
    }
    assertTrue(failures.isEmpty(), variant + " was not refused: " + failures);
    return READS.size();
  }

  /** Not signed in (no redirect), and the page says so in one of its two languages. */
  private static void assertPageRefused(HttpResponse<String> response) {
    assertFalse(PageSession.isRedirect(response), "page sign-in must fail: " + response.headers());
    assertTrue(
        response.body().contains(bundle(Locale.ENGLISH).getString("auth.failed"))
            || response.body().contains(bundle(Locale.SIMPLIFIED_CHINESE).getString("auth.failed")),
        "the page shows the localized refusal: " + response.body());
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("com.opsuite.core.i18n.messages", locale);
  }
}
