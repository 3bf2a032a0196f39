package com.opsuite.it;

import static com.opsuite.it.Http.asTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.core.identity.totp.Totp;
import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With {@code totp-required-for-admins} on, whoever holds the tenant's administrator role and has
 * no authenticator app is kept on their account page until they enrol one, and gets no API token on
 * the password alone; other users are not affected.
 */
@ExtendWith(ArquillianExtension.class)
class MandatoryTotpIT {

  private static final Pattern SECRET =
      Pattern.compile("<code id=\"totp-secret\" class=\"ops-secret\">([A-Z2-7]+)</code>");

  @ArquillianResource URL base;

  @Test
  void anAdministratorIsKeptOnTheAccountPageUntilEnrolledAndOthersAreNot() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "totp-must");
    String admin = TestTenants.adminEmail(tenant);
    String deputy = PermissionsIT.addUser(root, tenant, "deputy", List.of("core.tenant-admin"));
    String clerk = PermissionsIT.addUser(root, tenant, "clerk", List.of());
    HttpResponse<String> policy =
        Http.put(
            root.resolve("api/v1/core/settings"),
            "{\"totp-required-for-admins\":\"true\"}",
            asTenant(tenant));
    assertEquals(200, policy.statusCode(), policy.body());

    HttpResponse<String> noToken =
        AuthenticationIT.signIn(root, tenant, admin, TestTenants.PASSWORD);
    assertEquals(403, noToken.statusCode(), noToken.body());
    assertEquals(
        "urn:opsuite:problem:second-factor-required", Http.json(noToken).getString("type"));

    PageSession page = PageSession.open(root);
    HttpResponse<String> landed = page.follow(page.postSignIn(tenant, admin, TestTenants.PASSWORD));
    assertOnAccountPage(root, tenant, landed);
    assertKeptOnAccountPage(page, tenant);

    HttpResponse<String> proposed = page.submit(landed, "totp", "start", Map.of());
    Matcher secret = SECRET.matcher(proposed.body());
    assertTrue(secret.find(), proposed.body());
    assertKeptOnAccountPage(page, tenant);
    HttpResponse<String> wrong = page.submit(proposed, "totp", "confirm", Map.of("code", "000000"));
    assertFalse(wrong.body().contains("id=\"totp:totp-on\""));
    assertKeptOnAccountPage(page, tenant);

    HttpResponse<String> enrolled =
        page.submit(
            wrong, "totp", "confirm", Map.of("code", Totp.code(secret.group(1), Instant.now())));
    assertTrue(enrolled.body().contains("id=\"totp:totp-on\""), enrolled.body());
    assertFalse(enrolled.body().contains("id=\"must-enrol\""));
    assertEquals(200, page.get("t/" + tenant + "/core/calendar.xhtml").statusCode());
    assertEquals(200, page.get("t/" + tenant + "/core/settings.xhtml").statusCode());

    // The API now asks for the code, and takes one (the next step's: the current one is used).
    HttpResponse<String> withoutCode =
        AuthenticationIT.signIn(root, tenant, admin, TestTenants.PASSWORD);
    assertEquals(401, withoutCode.statusCode());
    assertEquals("urn:opsuite:problem:code-required", Http.json(withoutCode).getString("type"));
    HttpResponse<String> withCode =
        Http.post(
            root.resolve("api/v1/auth/token"),
            Json.createObjectBuilder()
                .add("tenant", tenant)
                .add("username", admin)
                .add("password", TestTenants.PASSWORD)
                .add("code", Totp.code(secret.group(1), Instant.now().plus(Totp.STEP)))
                .build()
                .toString());
    assertEquals(200, withCode.statusCode(), withCode.body());

    // While the tenant requires it, an administrator cannot switch the second factor off.
    HttpResponse<String> off =
        Http.post(
            root.resolve("api/v1/core/account/totp/disable"),
            Json.createObjectBuilder().add("password", TestTenants.PASSWORD).build().toString(),
            Http.bearer(Http.json(withCode).getString("access_token"), "Accept-Language", "en"));
    assertEquals(400, off.statusCode(), off.body());
    assertTrue(off.body().contains("cannot be switched off"), off.body());

    // Administrator is the role, not only the account that signed the tenant up.
    PageSession deputyPage = PageSession.open(root);
    assertOnAccountPage(
        root,
        tenant,
        deputyPage.follow(deputyPage.postSignIn(tenant, deputy, PermissionsIT.INSPECTOR_PASSWORD)));
    assertKeptOnAccountPage(deputyPage, tenant);
    assertEquals(
        403,
        AuthenticationIT.signIn(root, tenant, deputy, PermissionsIT.INSPECTOR_PASSWORD)
            .statusCode());

    PageSession clerkPage = PageSession.open(root);
    HttpResponse<String> clerkHome =
        clerkPage.follow(clerkPage.postSignIn(tenant, clerk, PermissionsIT.INSPECTOR_PASSWORD));
    assertEquals(root.getPath() + "t/" + tenant + "/", clerkHome.uri().getPath());
    assertEquals(200, clerkHome.statusCode());
    assertEquals(200, clerkPage.get("t/" + tenant + "/core/calendar.xhtml").statusCode());
    assertEquals(
        200,
        AuthenticationIT.signIn(root, tenant, clerk, PermissionsIT.INSPECTOR_PASSWORD)
            .statusCode());
  }

  @Test
  void withThePolicyOffAnAdministratorWithoutASecondFactorWorksAsUsual() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "totp-free");
    PageSession page = PageSession.open(root);
    HttpResponse<String> home =
        page.follow(page.postSignIn(tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD));
    assertEquals(root.getPath() + "t/" + tenant + "/", home.uri().getPath());
    assertFalse(home.body().contains("id=\"must-enrol\""));
    assertEquals(200, page.get("t/" + tenant + "/core/settings.xhtml").statusCode());
  }

  private static void assertOnAccountPage(URI root, String tenant, HttpResponse<String> page) {
    assertEquals(200, page.statusCode());
    assertEquals(root.getPath() + "t/" + tenant + "/core/account.xhtml", page.uri().getPath());
    assertTrue(page.body().contains("id=\"must-enrol\""), page.body());
  }

  private static void assertKeptOnAccountPage(PageSession page, String tenant) {
    for (String elsewhere : List.of("t/" + tenant + "/", "t/" + tenant + "/core/settings.xhtml")) {
      HttpResponse<String> kept = page.get(elsewhere);
      assertEquals(302, kept.statusCode(), elsewhere);
      assertEquals("t/" + tenant + "/core/account.xhtml", page.location(kept), elsewhere);
    }
  }
}
