package com.opsuite.it;

import static com.opsuite.it.Http.asTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A password older than the tenant's {@code password-expiry-days}: the page sign-in succeeds but
 * keeps the user on their account page until they choose a new one; the API gives no token for it
 * at all (403, "sign in on the web page"), as there a token would be needed to change it.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordExpiryIT {

  private static final String NEW_PASSWORD = "Fresh-passw0rd-2026";

  @ArquillianResource URL base;

  @Test
  void anExpiredPasswordKeepsTheUserOnTheAccountPageUntilChanged() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "pw-expiry");
    String clerk = PermissionsIT.addUser(root, tenant, "clerk", List.of());
    HttpResponse<String> policy =
        Http.put(
            root.resolve("api/v1/core/settings"),
            "{\"password-expiry-days\":\"90\"}",
            asTenant(tenant));
    assertEquals(200, policy.statusCode(), policy.body());
    setPasswordChanged(tenant, clerk, "91 days");

    HttpResponse<String> token =
        AuthenticationIT.signIn(root, tenant, clerk, PermissionsIT.INSPECTOR_PASSWORD);
    assertEquals(403, token.statusCode(), token.body());
    assertEquals("urn:opsuite:problem:password-expired", Http.json(token).getString("type"));

    PageSession page = PageSession.open(root);
    HttpResponse<String> landed =
        page.follow(page.postSignIn(tenant, clerk, PermissionsIT.INSPECTOR_PASSWORD));
    assertEquals(200, landed.statusCode());
    assertEquals(
        root.getPath() + "t/" + tenant + "/core/account.xhtml", landed.uri().getPath(), "lands");
    assertTrue(landed.body().contains("id=\"must-change\""), landed.body());

    for (String elsewhere :
        List.of(
            "t/" + tenant + "/",
            "t/" + tenant + "/core/calendar.xhtml",
            "t/" + tenant + "/core/home.xhtml")) {
      HttpResponse<String> kept = page.get(elsewhere);
      assertEquals(302, kept.statusCode(), elsewhere);
      assertEquals("t/" + tenant + "/core/account.xhtml", page.location(kept), elsewhere);
    }

    HttpResponse<String> changed =
        page.submit(
            landed,
            "password",
            "save",
            Map.of(
                "currentPassword",
                PermissionsIT.INSPECTOR_PASSWORD,
                "newPassword",
                NEW_PASSWORD,
                "repeat",
                NEW_PASSWORD));
    assertEquals(200, changed.statusCode());
    assertFalse(changed.body().contains("id=\"must-change\""), changed.body());
    assertEquals(200, page.get("t/" + tenant + "/core/calendar.xhtml").statusCode());
    assertEquals(200, page.get("t/" + tenant + "/").statusCode());

    assertEquals(
        200, AuthenticationIT.signIn(root, tenant, clerk, NEW_PASSWORD).statusCode(), "API too");
    try (Connection db = TestDatabase.asAdmin()) {
      assertEquals(
          List.of("true"),
          TestDatabase.strings(
              db,
              "SELECT (password_changed_at > now() - interval '5 minutes')::text FROM user_account"
                  + " WHERE tenant_id = ? AND email = ?",
              tenant,
              clerk));
      assertEquals(
          List.of("password.changed " + clerk),
          TestDatabase.strings(
              db,
              "SELECT action || ' ' || actor FROM audit_event WHERE tenant_id = ?"
                  + " AND action = 'password.changed'",
              tenant));
    }
  }

  @Test
  void aPasswordWithinThePolicyGoesStraightToTheWorkspace() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "pw-valid");
    String clerk = PermissionsIT.addUser(root, tenant, "clerk", List.of());
    Http.put(
        root.resolve("api/v1/core/settings"),
        "{\"password-expiry-days\":\"90\"}",
        asTenant(tenant));
    setPasswordChanged(tenant, clerk, "89 days");

    PageSession page = PageSession.open(root);
    HttpResponse<String> landed =
        page.follow(page.postSignIn(tenant, clerk, PermissionsIT.INSPECTOR_PASSWORD));
    assertEquals(root.getPath() + "t/" + tenant + "/", landed.uri().getPath());
    assertEquals(200, landed.statusCode());
    assertFalse(landed.body().contains("id=\"must-change\""));
    assertEquals(200, page.get("t/" + tenant + "/core/calendar.xhtml").statusCode());
    assertEquals(
        200,
        AuthenticationIT.signIn(root, tenant, clerk, PermissionsIT.INSPECTOR_PASSWORD)
            .statusCode());
  }

  /** Moves the last password change into the past, as time would. */
  private static void setPasswordChanged(String tenant, String email, String ago) throws Exception {
    try (Connection db = TestDatabase.asAdmin();
        PreparedStatement update =
            db.prepareStatement(
                "UPDATE user_account SET password_changed_at = now() - ?::interval"
                    + " WHERE tenant_id = ? AND email = ?")) {
      update.setString(1, ago);
      update.setString(2, tenant);
      update.setString(3, email);
      assertEquals(1, update.executeUpdate());
    }
  }
}
