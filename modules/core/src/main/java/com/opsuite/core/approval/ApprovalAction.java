package com.opsuite.core.approval;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of an approval's history: who did what, when, on whose behalf, at which step, on which
 * version of the document, with what comment. Immutable here, append-only in the database.
 */
@Entity
@Table(name = "approval_action")
public class ApprovalAction extends TenantOwned {

  static final int MAX_COMMENT = 2000;

  /** The actor name of the system's own actions. */
  public static final String SYSTEM = "system";

  @Id
  @SequenceGenerator(
      name = "approval_action_seq",
      sequenceName = "approval_action_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_action_seq")
  private Long id;

  @Column(name = "approval_id", nullable = false, updatable = false)
  private Long approvalId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt = Instant.now();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private ActionKind action;

  /** Null for the system's own actions (the deadline timer). */
  @Column(name = "actor_user_id", updatable = false)
  private Long actorUserId;

  @Column(name = "actor_name", nullable = false, length = 200, updatable = false)
  private String actorName;

  @Column(name = "on_behalf_user_id", updatable = false)
  private Long onBehalfUserId;

  @Column(name = "on_behalf_name", length = 200, updatable = false)
  private String onBehalfName;

  @Column(name = "step_no", updatable = false)
  private Integer stepNo;

  @Column(name = "document_version", nullable = false, updatable = false)
  private int documentVersion;

  @Column(length = MAX_COMMENT, updatable = false)
  private String comment;

  protected ApprovalAction() {}

  ApprovalAction(
      Approval approval,
      ActionKind action,
      Actor actor,
      Actor onBehalfOf,
      Integer stepNo,
      String comment) {
    this.approvalId = approval.getId();
    this.action = action;
    this.actorUserId = actor == null ? null : actor.userId();
    this.actorName = actor == null ? SYSTEM : actor.name();
    this.onBehalfUserId = onBehalfOf == null ? null : onBehalfOf.userId();
    this.onBehalfName = onBehalfOf == null ? null : onBehalfOf.name();
    this.stepNo = stepNo;
    this.documentVersion = approval.getDocumentVersion();
    this.comment = comment;
  }

  public Long getId() {
    return id;
  }

  public Long getApprovalId() {
    return approvalId;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public ActionKind getAction() {
    return action;
  }

  public Long getActorUserId() {
    return actorUserId;
  }

  public String getActorName() {
    return actorName;
  }

  public Long getOnBehalfUserId() {
    return onBehalfUserId;
  }

  public String getOnBehalfName() {
    return onBehalfName;
  }

  public Integer getStepNo() {
    return stepNo;
  }

  public int getDocumentVersion() {
    return documentVersion;
  }

  public String getComment() {
    return comment;
  }
}
