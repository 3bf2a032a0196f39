package com.opsuite.online.budget;

import com.opsuite.core.approval.Approval;
import com.opsuite.core.approval.ApprovalStatus;
import com.opsuite.core.approval.Approvals;
import com.opsuite.core.approval.CoreApprovalTypes;
import com.opsuite.core.approval.Outcome;
import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.online.design.DesignRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Expense claims of the operations department: written with the invoice, submitted through core's
 * {@code core.expense-claim} chain (the claimant's manager, the department head above 5,000, the
 * general manager above 20,000), and counted against the budget once approved. A claim that would
 * take its category's month over budget is submitted with a warning, not refused: the seed asks for
 * the budget to be tracked, not for spending to be blocked.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ExpenseClaims {

  public static final String CLAIM = "online.expense.claim";
  static final int MAX_DESCRIPTION = 1000;
  static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

  @PersistenceContext EntityManager em;
  @Inject Approvals approvals;
  @Inject Budgets budgets;
  @Inject AuditLog audit;

  public record Form(
      BudgetCategory category, BigDecimal amount, LocalDate spentOn, String description) {}

  public record Page(List<ExpenseClaim> rows, long total) {}

  /** A submitted claim, and the month's budget as it would stand with the claim approved. */
  public record Submitted(ExpenseClaim claim, Budgets.Cell month, boolean overBudget) {}

  /** Claims newest first; of one claimant unless {@code claimantId} is null (everyone's). */
  public Page list(
      Long claimantId, ClaimStatus status, BudgetCategory category, int first, int max) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (claimantId != null) {
      where.append(" AND c.claimantId = :claimant");
    }
    if (status != null) {
      where.append(" AND c.status = :status");
    }
    if (category != null) {
      where.append(" AND c.category = :category");
    }
    TypedQuery<ExpenseClaim> rows =
        em.createQuery(
            "SELECT c FROM ExpenseClaim c" + where + " ORDER BY c.createdAt DESC, c.id DESC",
            ExpenseClaim.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(c) FROM ExpenseClaim c" + where, Long.class);
    for (TypedQuery<?> q : List.of(rows, count)) {
      if (claimantId != null) {
        q.setParameter("claimant", claimantId);
      }
      if (status != null) {
        q.setParameter("status", status);
      }
      if (category != null) {
        q.setParameter("category", category);
      }
    }
    int size = max <= 0 ? 25 : Math.min(max, 200);
    return new Page(
        rows.setFirstResult(Math.max(0, first)).setMaxResults(size).getResultList(),
        count.getSingleResult());
  }

  /** A claim the caller may see: their own, or any with the budget permission (404 otherwise). */
  public ExpenseClaim find(long id, long callerUserId, boolean everyone) {
    ExpenseClaim claim = em.find(ExpenseClaim.class, id);
    if (claim == null || (!everyone && claim.getClaimantId() != callerUserId)) {
      throw DesignRefusedException.notFound();
    }
    return claim;
  }

  public String userName(Long userId) {
    UserAccount user = userId == null ? null : em.find(UserAccount.class, userId);
    return user == null ? "" : user.getDisplayName();
  }

  public ExpenseClaim create(Form form, long userId, String by) {
    if (form == null || form.category() == null) {
      throw DesignRefusedException.invalid("category", "budget.category.required");
    }
    BigDecimal amount = form.amount();
    if (amount == null
        || amount.signum() <= 0
        || amount.compareTo(MAX_AMOUNT) > 0
        || amount.stripTrailingZeros().scale() > 2) {
      throw DesignRefusedException.invalid("amount", "expense.amount.range");
    }
    if (form.spentOn() == null) {
      throw DesignRefusedException.invalid("spentOn", "expense.spentOn.required");
    }
    if (form.spentOn().isAfter(LocalDate.now())) {
      throw DesignRefusedException.invalid("spentOn", "expense.spentOn.future");
    }
    Budgets.checkYear(form.spentOn().getYear());
    String description = form.description() == null ? "" : form.description().strip();
    if (description.isEmpty()) {
      throw DesignRefusedException.invalid("description", "expense.description.required");
    }
    if (description.length() > MAX_DESCRIPTION) {
      throw DesignRefusedException.invalid("description", "design.tooLong", MAX_DESCRIPTION);
    }
    ExpenseClaim claim =
        new ExpenseClaim(userId, form.category(), amount.setScale(2), form.spentOn(), description);
    em.persist(claim);
    em.flush();
    audit.record(by, "online.expense.created", target(claim), null, summary(claim));
    return claim;
  }

  /** Attaches (or replaces) the invoice of the claimant's draft. */
  public ExpenseClaim attach(
      long id, String fileName, String declaredType, byte[] content, long userId, String by) {
    ExpenseClaim claim = find(id, userId, false);
    if (claim.getStatus() != ClaimStatus.DRAFT) {
      throw DesignRefusedException.conflict("expense.notDraft", claim.getStatus());
    }
    String type = InvoiceFiles.check(declaredType, content);
    String sha = InvoiceFiles.sha256(content);
    claim.attach(InvoiceFiles.fileName(fileName), type, content, sha);
    em.flush();
    audit.record(by, "online.expense.invoice", target(claim), null, type + " " + sha);
    return claim;
  }

  /**
   * Sends the claimant's draft for checking. The invoice is required; going over the month's budget
   * is reported, not refused.
   */
  public Submitted submit(long id, Long version, long userId, String by) {
    ExpenseClaim claim = find(id, userId, false);
    if (version != null && version != claim.getVersion()) {
      throw DesignRefusedException.conflict("expense.stale");
    }
    if (claim.getStatus() != ClaimStatus.DRAFT) {
      throw DesignRefusedException.conflict("expense.notDraft", claim.getStatus());
    }
    if (!claim.hasInvoice()) {
      throw DesignRefusedException.conflict("expense.invoice.required");
    }
    Budgets.Cell month = budgets.month(claim.getCategory(), YearMonth.from(claim.getSpentOn()));
    boolean over = month.remaining().subtract(claim.getAmount()).signum() < 0;
    Approval approval =
        approvals.start(
            CoreApprovalTypes.EXPENSE_CLAIM,
            "OPS-EXP-" + claim.getId(),
            "OPS-EXP-" + claim.getId() + " " + claim.getAmount().toPlainString(),
            Map.of("amount", claim.getAmount()),
            userId);
    claim.setApprovalId(approval.getId());
    claim.setStatus(
        approval.getStatus() == ApprovalStatus.APPROVED
            ? ClaimStatus.APPROVED
            : ClaimStatus.SUBMITTED);
    em.flush();
    audit.record(
        by, "online.expense.submitted", target(claim), null, summary(claim) + " over=" + over);
    return new Submitted(claim, month, over);
  }

  /** Writes, attaches and submits in one go (the page's form): all of it or nothing. */
  public Submitted claim(
      Form form, String fileName, String declaredType, byte[] invoice, long userId, String by) {
    ExpenseClaim claim = create(form, userId, by);
    attach(claim.getId(), fileName, declaredType, invoice, userId, by);
    return submit(claim.getId(), null, userId, by);
  }

  /** The claim's approval ended: approved claims count from now on. */
  public void decided(long approvalId, Outcome outcome, String by) {
    List<ExpenseClaim> found =
        em.createQuery("SELECT c FROM ExpenseClaim c WHERE c.approvalId = :a", ExpenseClaim.class)
            .setParameter("a", approvalId)
            .getResultList();
    for (ExpenseClaim claim : found) {
      if (claim.getStatus() != ClaimStatus.SUBMITTED) {
        continue;
      }
      claim.setStatus(
          switch (outcome) {
            case APPROVED -> ClaimStatus.APPROVED;
            case REJECTED -> ClaimStatus.REJECTED;
            case WITHDRAWN -> ClaimStatus.WITHDRAWN;
          });
      claim.setDecidedAt(Instant.now());
      em.flush();
      audit.record(
          by,
          "online.expense." + outcome.name().toLowerCase(),
          target(claim),
          null,
          summary(claim));
    }
  }

  private static String target(ExpenseClaim claim) {
    return "expense-claim:" + claim.getId();
  }

  private static String summary(ExpenseClaim c) {
    return c.getCategory()
        + " "
        + c.getAmount().toPlainString()
        + " "
        + c.getSpentOn()
        + " "
        + c.getStatus();
  }
}
