package com.opsuite.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Password reset by e-mail: the mail (read from GreenMail) holds a link that works once. */
@ExtendWith(ArquillianExtension.class)
class PasswordResetIT {

  static GreenMail mail;

  @ArquillianResource URL base;

  @BeforeAll
  static void startMailServer() {
    mail = new GreenMail(new ServerSetup(Integer.getInteger("it.mail.port"), "127.0.0.1", "smtp"));
    mail.start();
  }

  @AfterAll
  static void stopMailServer() {
    mail.stop();
  }

  @Test
  void aMailedLinkSetsANewPasswordOnce() throws Exception {
    URI root = base.toURI();
    String tenant = TestTenants.signUp(root, "reset");
    String admin = TestTenants.adminEmail(tenant);

    assertEquals(202, request(root, tenant, "nobody@" + tenant + ".example").statusCode());
    assertEquals(202, request(root, tenant, admin).statusCode());
    assertTrue(mail.waitForIncomingEmail(20_000, 1), "the reset mail arrives");
    MimeMessage[] received = mail.getReceivedMessages();
    assertEquals(1, received.length, "no mail for an address without an account");
    MimeMessage message = received[0];
    assertEquals(admin, message.getAllRecipients()[0].toString());
    String body = ((String) message.getContent());
    assertTrue(body.contains("Admin " + tenant), body);
    Matcher link =
        Pattern.compile("(http\\S+/t/" + tenant + "/reset-password\\?token=(\\S+))").matcher(body);
    assertTrue(link.find(), body);
    String token = link.group(2);

    HttpResponse<String> page = Http.get(URI.create(link.group(1)));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("reset:newPassword"), "the link opens the form");

    String other = TestTenants.signUp(root, "reset-other");
    HttpResponse<String> elsewhere = confirm(root, other, token, "Elsewhere-Passw0rd-1");
    assertEquals(400, elsewhere.statusCode(), "a link of one tenant means nothing in another");

    HttpResponse<String> weak = confirm(root, tenant, token, "short");
    assertEquals(400, weak.statusCode(), weak.body());
    String newPassword = "Reset-Passw0rd-2026";
    assertEquals(204, confirm(root, tenant, token, newPassword).statusCode());
    HttpResponse<String> again = confirm(root, tenant, token, "Another-Passw0rd-1");
    assertEquals(400, again.statusCode(), "a link works once");
    assertTrue(again.body().contains("reset.tokenInvalid"), again.body());

    assertEquals(
        401, AuthenticationIT.signIn(root, tenant, admin, TestTenants.PASSWORD).statusCode());
    assertEquals(200, AuthenticationIT.signIn(root, tenant, admin, newPassword).statusCode());
  }

  private static HttpResponse<String> request(URI root, String tenant, String email) {
    return Http.post(
        root.resolve("api/v1/auth/password-reset"),
        Json.createObjectBuilder().add("tenant", tenant).add("email", email).build().toString(),
        "Accept-Language",
        "en");
  }

  private static HttpResponse<String> confirm(
      URI root, String tenant, String token, String password) {
    return Http.post(
        root.resolve("api/v1/auth/password-reset/confirm"),
        Json.createObjectBuilder()
            .add("tenant", tenant)
            .add("token", token)
            .add("newPassword", password)
            .build()
            .toString());
  }
}
