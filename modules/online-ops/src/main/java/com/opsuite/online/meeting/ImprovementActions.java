package com.opsuite.online.meeting;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.online.data.BeanChecks;
import com.opsuite.online.data.DataInvalidInput;
import com.opsuite.online.data.DataRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The improvement actions the monthly meetings agree on: recorded at the meeting, updated as they
 * progress, listed again by the next month's pack. Another tenant's action is not found.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ImprovementActions {

  @PersistenceContext EntityManager em;
  @Inject Validator validator;
  @Inject AuditLog audit;

  /** The actions agreed at the meeting on that month's pack, oldest first. */
  public List<ImprovementAction> agreedAt(YearMonth month) {
    return em.createQuery(
            "SELECT a FROM ImprovementAction a WHERE a.meetingMonth = :month ORDER BY a.id",
            ImprovementAction.class)
        .setParameter("month", month.toString())
        .getResultList();
  }

  public Optional<ImprovementAction> find(long id) {
    return Optional.ofNullable(em.find(ImprovementAction.class, id));
  }

  public ImprovementAction create(ActionInput input, String by) {
    BeanChecks.require(validator, input);
    checkOwner(input.ownerId());
    ImprovementAction a =
        new ImprovementAction(
            YearMonth.parse(input.meetingMonth()),
            input.text().strip(),
            input.ownerId(),
            input.dueOn());
    if (input.status() != null) {
      a.change(a.getText(), a.getOwnerId(), a.getDueOn(), input.status());
    }
    em.persist(a);
    em.flush();
    audit.record(
        by, "online.meeting.action.created", "improvement-action:" + a.getId(), null, a.getText());
    return a;
  }

  /** Changes an action; {@code version} is the version the caller saw (409 when it moved on). */
  public ImprovementAction change(long id, ActionInput input, Long version, String by) {
    ImprovementAction a = current(id, version);
    BeanChecks.require(validator, input);
    checkOwner(input.ownerId());
    if (!a.getMeetingMonth().toString().equals(input.meetingMonth())) {
      throw DataInvalidInput.of("meetingMonth", "meeting.action.monthFixed");
    }
    String before = a.getStatus() + " " + a.getText();
    a.change(
        input.text().strip(),
        input.ownerId(),
        input.dueOn(),
        input.status() == null ? a.getStatus() : input.status());
    em.flush();
    audit.record(
        by,
        "online.meeting.action.changed",
        "improvement-action:" + id,
        before,
        a.getStatus() + " " + a.getText());
    return a;
  }

  public void delete(long id, Long version, String by) {
    ImprovementAction a = current(id, version);
    em.remove(a);
    em.flush();
    audit.record(
        by, "online.meeting.action.deleted", "improvement-action:" + id, a.getText(), null);
  }

  private ImprovementAction current(long id, Long version) {
    ImprovementAction a =
        find(id).orElseThrow(() -> DataRefused.notFound("meeting.action.notFound", id));
    if (version == null) {
      throw DataInvalidInput.of("version", "meeting.action.versionRequired");
    }
    if (version != a.getVersion()) {
      throw DataRefused.changedMeanwhile();
    }
    return a;
  }

  private void checkOwner(Long ownerId) {
    if (ownerId != null && em.find(UserAccount.class, ownerId) == null) {
      throw DataInvalidInput.of("ownerId", "meeting.action.ownerUnknown", ownerId);
    }
  }
}
