package com.opsuite.online.meeting;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.identity.PublicAddress;
import com.opsuite.core.mail.OutgoingMail;
import com.opsuite.core.notification.MailRecipients;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.tenancy.TenantContext;
import com.opsuite.online.OnlineTexts;
import com.opsuite.online.PermissionHolders;
import com.opsuite.online.data.DataPermissions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Announces each meeting to its participants, the holders of {@code online.report.view} (who read
 * the packs), once its notice time has come ({@code meeting-notice-hours} before it starts), with
 * the link to its pack. Once per meeting: the notice row is written first ({@code ON CONFLICT DO
 * NOTHING}) and only a new row mails, so reruns and several instances announce once. Core's in-app
 * notifications belong to approvals, so this is mail in each participant's mail language (unless
 * they turned mail off), like the cadence warnings.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class MeetingNotices {

  static final String ACTOR = "system:meeting-notices";

  @PersistenceContext EntityManager em;
  @Inject MeetingSchedule schedule;
  @Inject PermissionHolders holders;
  @Inject MailRecipients recipients;
  @Inject TenantContext tenant;
  @Inject PublicAddress address;
  @Inject AuditLog audit;
  @Inject Event<OutgoingMail> mail;

  /** A meeting announced: its kind, start, pack and who was told. */
  public record Sent(
      MeetingPack.Kind kind, Instant startsAt, String packPeriod, List<Long> userIds) {}

  /** The link to a meeting's pack on the meetings page; empty without an address to link to. */
  public java.util.Optional<String> packLink(MeetingCalendar.Meeting m) {
    return address
        .tenantPages(tenant.require().code())
        .map(
            root ->
                root
                    + "online-ops/meetings.xhtml?kind="
                    + m.kind().name()
                    + "&period="
                    + m.packPeriod());
  }

  public List<Sent> run(Instant now, String by) {
    List<Sent> sent = new ArrayList<>();
    for (MeetingCalendar.Meeting m : schedule.next(now)) {
      if (now.isBefore(m.startsAt().toInstant().minus(schedule.notice()))) {
        continue;
      }
      Set<Long> to = holders.of(DataPermissions.VIEW);
      int inserted =
          em.createNativeQuery(
                  "INSERT INTO online_meeting_notice (tenant_id, kind, starts_at, pack_period,"
                      + " recipients) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
              .setHint("eclipselink.jdbc.allow-native-sql-query", true)
              .setParameter(1, tenant.require().code())
              .setParameter(2, m.kind().name())
              .setParameter(3, Timestamp.from(m.startsAt().toInstant()))
              .setParameter(4, m.packPeriod())
              .setParameter(5, to.stream().map(String::valueOf).collect(Collectors.joining(",")))
              .executeUpdate();
      if (inserted == 0) {
        continue;
      }
      for (long userId : to) {
        mail(userId, m);
      }
      audit.record(
          by,
          "online.meeting.announced",
          "meeting:" + m.kind() + ":" + m.startsAt().toInstant(),
          null,
          m.packPeriod());
      sent.add(new Sent(m.kind(), m.startsAt().toInstant(), m.packPeriod(), List.copyOf(to)));
    }
    return sent;
  }

  private void mail(long userId, MeetingCalendar.Meeting m) {
    recipients
        .of(userId)
        .ifPresent(
            to -> {
              Locale locale = to.locale();
              String when =
                  DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (EEEE)", locale)
                      .format(m.startsAt());
              String kind = OnlineTexts.text(locale, "meeting.notice.kind." + m.kind().name());
              String link =
                  packLink(m)
                      .orElse(OnlineTexts.text(locale, "meeting.notice.where", m.packPeriod()));
              mail.fire(
                  new OutgoingMail(
                      to.email(),
                      OnlineTexts.text(locale, "meeting.notice.subject", kind, when),
                      OnlineTexts.text(
                          locale, "meeting.notice.body", kind, when, m.packPeriod(), link)));
            });
  }
}
