package com.opsuite.it;

import static com.opsuite.it.OnlinePlatformsData.audit;
import static com.opsuite.it.OnlinePlatformsData.bytes;
import static com.opsuite.it.OnlinePlatformsData.contains;
import static com.opsuite.it.OnlinePlatformsData.count;
import static com.opsuite.it.OnlinePlatformsData.credential;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Platform credentials: stored encrypted (the database holds no plain text), each tenant with its
 * own data key, revealed only to holders of {@code online.credential.reveal} with an audit entry
 * per reveal (none for a refused one), storing audited without the secret, and another tenant
 * guessing the platform id gets 404 for all of it.
 */
@ExtendWith(ArquillianExtension.class)
class OnlineCredentialsIT {

  /** The development master key the test server runs with (no OPSUITE_ONLINE_MASTER_KEY set). */
  private static final byte[] DEV_MASTER_KEY =
      Base64.getDecoder().decode("b3BzdWl0ZS1vbmxpbmUtZGV2LW1hc3Rlci1rZXktMDA=");

  @ArquillianResource URL base;

  @Test
  void theDatabaseHoldsNoPlainTextAndAnswersNeverShowTheSecret() throws Exception {
    OnlineCompany a = new OnlineCompany(base.toURI(), "oncred-store");
    a.grant("manager1", "operations-manager").grant("clerk", "content-editor");
    long id = OnlinePlatformsData.created(a, "WECHAT", "公众号", "manager1");
    String password = "S3cret-微信-" + id;
    String account = "wechat-ops-" + id + "@example.com";

    assertEquals(
        403,
        Http.put(credentialOf(a, id), credential(account, password, null), a.as("clerk"))
            .statusCode());
    HttpResponse<String> stored =
        Http.put(
            credentialOf(a, id),
            credential(account, password, "备用手机 13800000000"),
            a.as("manager1"));
    assertEquals(200, stored.statusCode(), stored.body());
    JsonObject status = Http.json(stored);
    assertTrue(status.getBoolean("set"));
    assertTrue(status.getBoolean("hasNote"));
    assertFalse(stored.body().contains(password) || stored.body().contains(account), stored.body());

    for (HttpResponse<String> read :
        List.of(
            Http.get(a.api("platforms/" + id), a.as("clerk")),
            Http.get(a.api("platforms"), a.as("clerk")),
            Http.get(a.api("platforms/export"), a.as("clerk")),
            Http.get(credentialOf(a, id), a.as("clerk")))) {
      assertEquals(200, read.statusCode(), read.body());
      assertFalse(read.body().contains(password), read.body());
      assertFalse(read.body().contains(account), read.body());
    }

    // Every stored byte of the row: neither the password nor the account appear.
    List<byte[]> cells =
        bytes(
            "SELECT c FROM online_platform_credential t,"
                + " LATERAL (VALUES (t.account_cipher), (t.password_cipher), (t.note_cipher)) v(c)"
                + " WHERE t.tenant_id = ? AND c IS NOT NULL",
            a.tenant);
    assertEquals(3, cells.size());
    for (byte[] cell : cells) {
      assertFalse(contains(cell, password.getBytes(StandardCharsets.UTF_8)));
      assertFalse(contains(cell, account.getBytes(StandardCharsets.UTF_8)));
      assertFalse(contains(cell, "13800000000".getBytes(StandardCharsets.UTF_8)));
    }
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM online_platform_credential t WHERE t.tenant_id = ?"
                + " AND (t::text LIKE '%' || ? || '%' OR t::text LIKE '%' || ? || '%')",
            a.tenant, password, account));

    // Storing is audited without the secret; replacing is audited as such.
    List<List<String>> set = audit(a.tenant, "online.credential.set");
    assertEquals(1, set.size());
    assertEquals("online-platform:" + id, set.get(0).get(1));
    HttpResponse<String> replaced =
        Http.put(credentialOf(a, id), credential(account, password + "-2", null), a.as("manager1"));
    assertEquals(200, replaced.statusCode(), replaced.body());
    assertFalse(Http.json(replaced).getBoolean("hasNote"));
    assertEquals(1, audit(a.tenant, "online.credential.replaced").size());
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM audit_event WHERE tenant_id = ? AND (coalesce(before_value, '')"
                + " || coalesce(after_value, '') || coalesce(target, '')) LIKE '%' || ? || '%'",
            a.tenant, password));
  }

  @Test
  void onlyHoldersOfThePermissionSeeTheCredentialAndEachRevealIsAudited() throws Exception {
    OnlineCompany a = new OnlineCompany(base.toURI(), "oncred-reveal");
    a.grant("manager1", "operations-manager")
        .grant("clerk", "content-editor")
        .grant("head", "operations-director");
    long id = OnlinePlatformsData.created(a, "WEIBO", "官方微博", "manager1");
    long bare = OnlinePlatformsData.created(a, "ZHIHU", "知乎号", null);
    String password = "Weibo-pass-" + id;
    assertEquals(
        200,
        Http.put(
                credentialOf(a, id),
                credential("weibo-ops", password, "2FA on the head's phone"),
                a.as("manager1"))
            .statusCode());

    for (String refused : List.of("manager1", "clerk")) {
      HttpResponse<String> denied =
          Http.post(credentialOf(a, id).resolve("credential/reveal"), "", a.as(refused));
      assertEquals(403, denied.statusCode(), refused + ": " + denied.body());
      assertFalse(denied.body().contains(password));
    }
    assertEquals(
        List.of(), audit(a.tenant, "online.credential.revealed"), "no audit for a refusal");

    HttpResponse<String> shown =
        Http.post(credentialOf(a, id).resolve("credential/reveal"), "", a.as("head"));
    assertEquals(200, shown.statusCode(), shown.body());
    JsonObject revealed = Http.json(shown);
    assertEquals("weibo-ops", revealed.getString("account"));
    assertEquals(password, revealed.getString("password"));
    assertEquals("2FA on the head's phone", revealed.getString("note"));
    assertTrue(shown.headers().firstValue("Cache-Control").orElse("").contains("no-store"));

    List<List<String>> entries = audit(a.tenant, "online.credential.revealed");
    assertEquals(1, entries.size());
    assertEquals(a.org.person("head").email(), entries.get(0).get(0), "who");
    assertEquals("online-platform:" + id, entries.get(0).get(1), "which platform");
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM audit_event WHERE tenant_id = ? AND action ="
                + " 'online.credential.revealed' AND occurred_at > now() - interval '5 minutes'",
            a.tenant),
        "when");
    assertEquals(
        200,
        Http.post(credentialOf(a, id).resolve("credential/reveal"), "", a.as("head")).statusCode());
    assertEquals(2, audit(a.tenant, "online.credential.revealed").size(), "every reveal");

    HttpResponse<String> none =
        Http.post(
            credentialOf(a, bare).resolve("credential/reveal"),
            "",
            a.as("head", "Accept-Language", "en"));
    assertEquals(404, none.statusCode(), none.body());
    assertTrue(none.body().contains("No account credential is stored"), none.body());
  }

  @Test
  void badInputIsRefusedInBothLanguagesAndNothingIsStored() throws Exception {
    OnlineCompany a = new OnlineCompany(base.toURI(), "oncred-400");
    long id = OnlinePlatformsData.created(a, "APP", "App", null);

    HttpResponse<String> zh =
        Http.put(
            credentialOf(a, id),
            credential(" ", null, null),
            a.asAdmin("Accept-Language", "zh-CN"));
    assertEquals(400, zh.statusCode(), zh.body());
    assertTrue(zh.body().contains("credential.account.required"), zh.body());
    assertTrue(zh.body().contains("请填写密码。"), zh.body());
    HttpResponse<String> en =
        Http.put(
            credentialOf(a, id),
            credential("app-ops", "p".repeat(501), null),
            a.asAdmin("Accept-Language", "en"));
    assertEquals(400, en.statusCode(), en.body());
    assertTrue(en.body().contains("A password has at most 500 characters."), en.body());
    assertEquals(
        0, count("SELECT count(*) FROM online_platform_credential WHERE tenant_id = ?", a.tenant));
  }

  @Test
  void eachTenantHasItsOwnDataKey() throws Exception {
    OnlineCompany a = new OnlineCompany(base.toURI(), "oncred-key-a");
    OnlineCompany b = new OnlineCompany(base.toURI(), "oncred-key-b");
    long aId = OnlinePlatformsData.created(a, "WEBSITE", "Site", null);
    long bId = OnlinePlatformsData.created(b, "WEBSITE", "Site", null);
    String same = "The-same-password-1";
    assertEquals(
        200,
        Http.put(credentialOf(a, aId), credential("ops", same, null), a.asAdmin()).statusCode());
    assertEquals(
        200,
        Http.put(credentialOf(b, bId), credential("ops", same, null), b.asAdmin()).statusCode());

    byte[] aWrapped = wrappedKey(a.tenant);
    byte[] bWrapped = wrappedKey(b.tenant);
    assertFalse(Arrays.equals(aWrapped, bWrapped));
    byte[] aKey = open(DEV_MASTER_KEY, aWrapped, "online-credential-key:" + a.tenant + ":1");
    byte[] bKey = open(DEV_MASTER_KEY, bWrapped, "online-credential-key:" + b.tenant + ":1");
    assertEquals(32, aKey.length);
    assertFalse(Arrays.equals(aKey, bKey), "two tenants, two data keys");
    // A wrapped key copied to another tenant does not unwrap there.
    assertThrows(
        AEADBadTagException.class,
        () -> open(DEV_MASTER_KEY, aWrapped, "online-credential-key:" + b.tenant + ":1"));

    byte[] aCipher = passwordCipher(a.tenant, aId);
    String aAad = "online-credential:" + a.tenant + ":" + aId + ":password";
    assertArrayEquals(same.getBytes(StandardCharsets.UTF_8), open(aKey, aCipher, aAad));
    assertThrows(
        AEADBadTagException.class, () -> open(bKey, aCipher, aAad), "B's key opens nothing of A's");
    assertFalse(Arrays.equals(aCipher, passwordCipher(b.tenant, bId)));
  }

  @Test
  void anotherTenantGuessingThePlatformIdGets404AndLeavesNoTrace() throws Exception {
    OnlineCompany a = new OnlineCompany(base.toURI(), "oncred-iso-a");
    OnlineCompany b = new OnlineCompany(base.toURI(), "oncred-iso-b");
    long id = OnlinePlatformsData.created(a, "DOUYIN", "抖音号", null);
    assertEquals(
        200,
        Http.put(credentialOf(a, id), credential("douyin", "Douyin-pass-1", null), a.asAdmin())
            .statusCode());
    byte[] before = passwordCipher(a.tenant, id);

    assertEquals(404, Http.get(credentialOf(b, id), b.asAdmin()).statusCode());
    HttpResponse<String> reveal =
        Http.post(credentialOf(b, id).resolve("credential/reveal"), "", b.asAdmin());
    assertEquals(404, reveal.statusCode(), reveal.body());
    assertFalse(reveal.body().contains("Douyin-pass-1"));
    assertEquals(
        404,
        Http.put(credentialOf(b, id), credential("mine", "Mine-pass-1", null), b.asAdmin())
            .statusCode());
    assertEquals(404, Http.delete(credentialOf(b, id), b.asAdmin()).statusCode());

    assertArrayEquals(before, passwordCipher(a.tenant, id), "A's credential is untouched");
    assertEquals(
        0, count("SELECT count(*) FROM online_platform_credential WHERE tenant_id = ?", b.tenant));
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM audit_event WHERE tenant_id = ? AND action LIKE 'online.credential.%'",
            b.tenant));
    assertEquals(List.of(), audit(a.tenant, "online.credential.revealed"));
  }

  private static java.net.URI credentialOf(OnlineCompany company, long platformId) {
    return company.api("platforms/" + platformId + "/credential");
  }

  private static byte[] wrappedKey(String tenant) {
    List<byte[]> keys =
        bytes(
            "SELECT wrapped_key FROM online_credential_key WHERE tenant_id = ? ORDER BY key_version",
            tenant);
    assertEquals(1, keys.size(), "one data key per tenant");
    return keys.get(0);
  }

  private static byte[] passwordCipher(String tenant, long platformId) {
    return bytes(
            "SELECT password_cipher FROM online_platform_credential WHERE tenant_id = ?"
                + " AND platform_id = ?",
            tenant,
            platformId)
        .get(0);
  }

  /** AES-256-GCM as stored: a 12-byte nonce, then the ciphertext with its tag. */
  private static byte[] open(byte[] key, byte[] sealed, String aad)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        Cipher.DECRYPT_MODE,
        new SecretKeySpec(key, "AES"),
        new GCMParameterSpec(128, sealed, 0, 12));
    cipher.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
    return cipher.doFinal(sealed, 12, sealed.length - 12);
  }
}
