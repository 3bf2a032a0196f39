package com.opsuite.core.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.mail.OutgoingMail;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.core.tenancy.TenantRef;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotificationTextsTest {

  private static final Locale ZH = SupportedLocales.CHINESE;
  private static final Locale EN = SupportedLocales.ENGLISH;
  private static final String PAGES = "https://ops.example.com/t/acme/";
  private static final Set<NotificationKind> OUTCOMES =
      Set.of(NotificationKind.APPROVED, NotificationKind.REJECTED, NotificationKind.WITHDRAWN);

  private final NotificationTexts texts = texts();

  private static NotificationTexts texts() {
    NotificationTexts texts = new NotificationTexts();
    texts.messages = new CoreMessages();
    texts.tenant = new TenantContext();
    texts.tenant.enter(new TenantRef("acme", ZH, ZoneId.of("Asia/Shanghai")));
    return texts;
  }

  private static ApprovalSubject atStep(Instant due) {
    return new ApprovalSubject(
        42,
        "Claim EC-1",
        "EC-1",
        7,
        1,
        Map.of(ZH, "费用报销", EN, "Expense claim"),
        Map.of(ZH, "直属上级审核", EN, "Manager check"),
        due);
  }

  private static ApprovalSubject concluded() {
    return new ApprovalSubject(
        42, "Claim EC-1", "EC-1", 7, null, Map.of(ZH, "费用报销", EN, "Expense claim"), Map.of(), null);
  }

  @Test
  void theLineNamesTitleTypeAndStepInEachLanguage() {
    Notice asked = new Notice(NotificationKind.ASSIGNED, atStep(null));
    assertEquals(
        "Waiting for your decision: Claim EC-1 (Expense claim, step 1: Manager check)",
        texts.line(asked, EN));
    assertEquals("待您审批：Claim EC-1（费用报销，第 1 步：直属上级审核）", texts.line(asked, ZH));
    assertEquals(
        "Approved: Claim EC-1 (Expense claim)",
        texts.line(new Notice(NotificationKind.APPROVED, concluded()), EN));
    assertEquals(
        "待您代 head 审批：Claim EC-1（费用报销，第 1 步：直属上级审核）",
        texts.line(new Notice(NotificationKind.ASSIGNED, atStep(null), "head"), ZH));
  }

  @Test
  void everyKindHasItsTextsInBothLanguages() {
    for (NotificationKind kind : NotificationKind.values()) {
      Notice notice =
          new Notice(kind, OUTCOMES.contains(kind) ? concluded() : atStep(Instant.now()));
      for (Locale locale : SupportedLocales.ALL) {
        OutgoingMail mail = texts.mail("a@b.example", "Ann", notice, locale, Optional.of(PAGES));
        String all = mail.subject() + "\n" + mail.body();
        assertFalse(all.contains("???"), kind + " " + locale + ": " + all);
        assertFalse(all.contains("{"), kind + " " + locale + ": " + all);
      }
    }
  }

  @Test
  void theMailLinksToTheApprovalAndTheAccountPageInTheTenantsTime() {
    Instant due = Instant.parse("2026-03-02T09:30:00Z");
    OutgoingMail mail =
        texts.mail(
            "ann@acme.example",
            "Ann",
            new Notice(NotificationKind.ASSIGNED, atStep(due)),
            EN,
            Optional.of(PAGES));
    assertEquals("ann@acme.example", mail.to());
    assertTrue(mail.subject().contains("Waiting for your decision: Claim EC-1"), mail.subject());
    assertTrue(mail.body().startsWith("Hello Ann,"), mail.body());
    assertTrue(mail.body().contains("Step 1: Manager check"), mail.body());
    assertTrue(mail.body().contains("2026-03-02 17:30"), "Shanghai time: " + mail.body());
    assertTrue(mail.body().contains(PAGES + "core/approvals.xhtml?open=42"), mail.body());
    assertTrue(mail.body().contains(PAGES + "core/account.xhtml"), mail.body());
  }

  @Test
  void withoutAKnownAddressTheMailSaysWhereToLookInstead() {
    OutgoingMail mail =
        texts.mail(
            "ann@acme.example",
            "安",
            new Notice(NotificationKind.REMINDED, atStep(Instant.now())),
            ZH,
            Optional.empty());
    assertFalse(mail.body().contains("http"), mail.body());
    assertTrue(mail.body().contains("请登录 Opsuite"), mail.body());
    assertTrue(mail.body().contains("原定办理时限"), mail.body());
  }
}
