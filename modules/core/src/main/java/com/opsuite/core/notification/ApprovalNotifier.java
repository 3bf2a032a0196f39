package com.opsuite.core.notification;

import com.opsuite.core.approval.ApprovalConcluded;
import com.opsuite.core.approval.ApprovalReturned;
import com.opsuite.core.approval.ApprovalStepAssigned;
import com.opsuite.core.approval.ApprovalStepOverdue;
import com.opsuite.core.approval.Delegation;
import com.opsuite.core.approval.Delegations;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.identity.UserAccounts;
import com.opsuite.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the approval engine's events into notifications; the engine knows nothing of them. Observed
 * in the event's transaction (not after it), so the in-app lines commit or roll back with what they
 * tell; mail leaves only after the commit (see {@link NotificationDelivery}).
 *
 * <p>Whom: a step's approvers when it asks them, and whoever stands in for one of them that day; on
 * a missed deadline the approvers still undecided (a reminder) and the managers it was escalated
 * to; the submitter when their document is returned for revision, and at the end.
 */
@ApplicationScoped
public class ApprovalNotifier {

  @Inject ApprovalSubjects subjects;
  @Inject NotificationDelivery delivery;
  @Inject Delegations delegations;
  @Inject UserAccounts accounts;
  @Inject TenantContext tenant;

  void assigned(@Observes ApprovalStepAssigned event) {
    ApprovalSubject subject = subjects.of(event.approvalId(), event.stepNo(), event.dueAt());
    Notice notice = new Notice(NotificationKind.ASSIGNED, subject);
    event.userIds().forEach(user -> delivery.tell(user, notice));
    Map<Long, List<String>> standingIn = new LinkedHashMap<>();
    for (Delegation d : delegations.runningFrom(event.userIds(), today())) {
      long delegate = d.getToUserId();
      if (!event.userIds().contains(delegate) && delegate != subject.submitterUserId()) {
        standingIn.computeIfAbsent(delegate, k -> new ArrayList<>()).add(name(d.getFromUserId()));
      }
    }
    standingIn.forEach(
        (delegate, names) ->
            delivery.tell(
                delegate,
                new Notice(NotificationKind.ASSIGNED, subject, String.join(", ", names))));
  }

  void overdue(@Observes ApprovalStepOverdue event) {
    ApprovalSubject subject = subjects.of(event.approvalId(), event.stepNo(), event.dueAt());
    event.reminded().forEach(u -> delivery.tell(u, new Notice(NotificationKind.REMINDED, subject)));
    event
        .escalatedTo()
        .forEach(u -> delivery.tell(u, new Notice(NotificationKind.ESCALATED, subject)));
  }

  void returned(@Observes ApprovalReturned event) {
    ApprovalSubject subject = subjects.of(event.approvalId(), event.stepNo(), null);
    delivery.tell(subject.submitterUserId(), new Notice(NotificationKind.RETURNED, subject));
  }

  void concluded(@Observes ApprovalConcluded event) {
    ApprovalSubject subject = subjects.of(event.approvalId(), null, null);
    NotificationKind kind = NotificationKind.valueOf(event.outcome().name());
    delivery.tell(subject.submitterUserId(), new Notice(kind, subject));
  }

  private String name(long userId) {
    return accounts.find(userId).map(UserAccount::getDisplayName).orElse("user:" + userId);
  }

  private LocalDate today() {
    ZoneId zone = tenant.require().timeZone();
    return LocalDate.now(zone == null ? ZoneId.systemDefault() : zone);
  }
}
