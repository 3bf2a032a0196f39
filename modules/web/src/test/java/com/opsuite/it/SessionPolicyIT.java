package com.opsuite.it;

import static com.opsuite.it.Http.asTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page session lasts as the tenant's policy says now: it ends after {@code session-idle-minutes}
 * without a request, and at the latest {@code session-max-hours} after sign-in; the next page
 * request then goes to the tenant's sign-in page. A changed limit applies to sessions already open.
 *
 * <p>Neither limit can be waited for at a permitted value (5 minutes, 1 hour). The tests store
 * values the settings page refuses directly in the database, as another instance's commit would
 * arrive: 1 idle minute, and an absolute limit of 0 hours, which every session has outlived, as a
 * session 13 hours old has outlived the default 12. The comparisons are the ones real values meet.
 */
@ExtendWith(ArquillianExtension.class)
class SessionPolicyIT {

  @ArquillianResource URL base;

  @Test
  void aSessionIdleLongerThanTheTenantAllowsEndsAndAnotherTenantsDoesNot() throws Exception {
    URI root = base.toURI();
    String strict = TestTenants.signUp(root, "idle-short");
    String usual = TestTenants.signUp(root, "idle-usual");
    PageSession openBefore = signIn(root, strict);
    TestDatabase.storeSetting(strict, "core", "session-idle-minutes", "1");
    awaitSetting(strict, "session-idle-minutes", "1");

    PageSession openAfter = signIn(root, strict);
    PageSession usualIdle = signIn(root, usual);
    // The session open before the change takes the new limit on with its next request.
    assertEquals(200, openBefore.get(home(strict)).statusCode());
    assertEquals(200, openAfter.get(home(strict)).statusCode());
    assertEquals(200, usualIdle.get(home(usual)).statusCode());

    Thread.sleep(Duration.ofSeconds(63).toMillis());

    for (PageSession idle : List.of(openBefore, openAfter)) {
      HttpResponse<String> ended = idle.get("t/" + strict + "/core/calendar.xhtml");
      assertEquals(302, ended.statusCode(), "idle longer than one minute: signed out");
      assertEquals("t/" + strict + "/login", idle.location(ended));
    }
    assertEquals(
        200, usualIdle.get(home(usual)).statusCode(), "the default 30 idle minutes are not up");
  }

  @Test
  void aSessionThatOutlivedTheTenantsAbsoluteLimitEndsAtItsNextRequest() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "max-age");
    PageSession session = signIn(root, tenant);
    assertEquals(200, session.get(home(tenant)).statusCode());

    changeSetting(tenant, "session-max-hours", "1");
    assertEquals(
        200, session.get(home(tenant)).statusCode(), "signed in seconds ago: within one hour");

    TestDatabase.storeSetting(tenant, "core", "session-max-hours", "0");
    awaitSetting(tenant, "session-max-hours", "0");
    HttpResponse<String> ended = session.get("t/" + tenant + "/core/calendar.xhtml");
    assertEquals(302, ended.statusCode(), "older than the limit: signed out");
    assertEquals("t/" + tenant + "/login", session.location(ended));

    // Ended, not merely refused while the limit is low: the session stays signed out.
    changeSetting(tenant, "session-max-hours", "12");
    HttpResponse<String> later = session.get(home(tenant));
    assertEquals(302, later.statusCode());
    assertEquals("t/" + tenant + "/login", session.location(later));
    assertEquals(200, signIn(root, tenant).get(home(tenant)).statusCode(), "a new sign-in works");
  }

  private static PageSession signIn(URI root, String tenant) {
    return PageSession.signIn(root, tenant, TestTenants.adminEmail(tenant), TestTenants.PASSWORD);
  }

  private static String home(String tenant) {
    return "t/" + tenant + "/";
  }

  private void changeSetting(String tenant, String key, String value) throws Exception {
    HttpResponse<String> changed =
        Http.put(
            base.toURI().resolve("api/v1/core/settings"),
            "{\"" + key + "\":\"" + value + "\"}",
            asTenant(tenant));
    assertEquals(200, changed.statusCode(), changed.body());
  }

  /** The change notice evicts the cached settings asynchronously: waits until it is in effect. */
  private void awaitSetting(String tenant, String key, String value) throws Exception {
    String seen = null;
    for (int i = 0; i < 50 && !value.equals(seen); i++) {
      Thread.sleep(100);
      seen =
          Http.jsonArray(Http.get(base.toURI().resolve("api/v1/core/settings"), asTenant(tenant)))
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(s -> s.getString("key").equals(key))
              .findFirst()
              .orElseThrow()
              .getString("value");
    }
    assertEquals(value, seen, key);
  }
}
