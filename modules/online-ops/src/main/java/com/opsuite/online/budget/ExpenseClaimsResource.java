package com.opsuite.online.budget;

import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.online.design.DesignCaller;
import com.opsuite.online.design.DesignRefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Expense claims: written, the invoice attached, submitted through core's expense-claim chain.
 * Everyone sees their own; holders of online.budget.manage see all.
 */
@Path("v1/online-ops/expense-claims")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(ExpenseClaims.CLAIM)
public class ExpenseClaimsResource {

  @Inject ExpenseClaims claims;
  @Inject CallerPermissions permissions;

  @GET
  @Transactional
  @Operation(
      summary =
          "Claims newest first (own; everyone's with online.budget.manage and all=true),"
              + " filtered by status and category, paged")
  public ClaimList list(
      @QueryParam("status") String status,
      @QueryParam("category") String category,
      @QueryParam("all") boolean all,
      @QueryParam("first") int first,
      @QueryParam("max") int max) {
    Long claimant = all && everyone() ? null : me();
    ExpenseClaims.Page page =
        claims.list(
            claimant,
            status(status),
            category == null || category.isBlank() ? null : BudgetsResource.category(category),
            first,
            max);
    return new ClaimList(page.total(), page.rows().stream().map(this::info).toList());
  }

  @GET
  @Path("{id}")
  @Transactional
  @Operation(summary = "One claim")
  public ClaimInfo get(@PathParam("id") long id) {
    return info(claims.find(id, me(), everyone()));
  }

  @POST
  @Transactional
  @Operation(summary = "Write a claim (category, amount, spentOn, description) as a draft")
  public Response create(ClaimBody body) {
    ClaimBody b = body == null ? new ClaimBody(null, null, null, null) : body;
    ExpenseClaim claim =
        claims.create(
            new ExpenseClaims.Form(
                b.category() == null ? null : BudgetsResource.category(b.category()),
                b.amount(),
                b.spentOn(),
                b.description()),
            me(),
            DesignCaller.name(permissions));
    return Response.created(URI.create("expense-claims/" + claim.getId()))
        .entity(info(claim))
        .build();
  }

  @POST
  @Path("{id}/invoice")
  @Consumes(MediaType.WILDCARD)
  @Transactional
  @Operation(
      summary =
          "Attach the invoice (PDF, JPEG or PNG, at most 5 MB, checked by its bytes) as the request"
              + " body; the file name in ?name=. 413 too large, 415 another type")
  public ClaimInfo invoice(
      @PathParam("id") long id,
      @QueryParam("name") String name,
      @HeaderParam("Content-Type") String type,
      InputStream body)
      throws IOException {
    byte[] content = body == null ? new byte[0] : body.readNBytes(InvoiceFiles.MAX_BYTES + 1);
    return info(claims.attach(id, name, type, content, me(), DesignCaller.name(permissions)));
  }

  @GET
  @Path("{id}/invoice")
  @Produces(MediaType.WILDCARD)
  @Transactional
  @Operation(summary = "The invoice's bytes")
  public Response invoiceFile(@PathParam("id") long id) {
    ExpenseClaim claim = claims.find(id, me(), everyone());
    if (!claim.hasInvoice()) {
      throw DesignRefusedException.notFound();
    }
    return Response.ok(claim.getInvoice(), claim.getInvoiceType())
        .header("Content-Disposition", "attachment; filename=\"" + claim.getInvoiceName() + "\"")
        .header("X-Content-SHA256", claim.getInvoiceSha256())
        .build();
  }

  @POST
  @Path("{id}/submission")
  @Transactional
  @Operation(
      summary =
          "Submit the draft through core.expense-claim; the answer tells whether the month's"
              + " budget of the category would be exceeded (a warning, not a refusal)")
  public SubmissionInfo submit(@PathParam("id") long id, Versioned body) {
    ExpenseClaims.Submitted s =
        claims.submit(
            id, body == null ? null : body.version(), me(), DesignCaller.name(permissions));
    return new SubmissionInfo(info(s.claim()), s.overBudget(), s.month());
  }

  private long me() {
    return DesignCaller.userId(permissions, ExpenseClaims.CLAIM);
  }

  private boolean everyone() {
    return permissions.has(Budgets.MANAGE);
  }

  private static ClaimStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ClaimStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DesignRefusedException.invalid("status", "expense.status.unknown", value);
    }
  }

  private ClaimInfo info(ExpenseClaim c) {
    return new ClaimInfo(
        c.getId(),
        c.getClaimantId(),
        claims.userName(c.getClaimantId()),
        c.getCategory(),
        c.getAmount(),
        c.getSpentOn(),
        c.getDescription(),
        c.getStatus(),
        c.getApprovalId(),
        c.getInvoiceName(),
        c.getInvoiceType(),
        c.getInvoiceSize(),
        c.getInvoiceSha256(),
        c.getCreatedAt(),
        c.getVersion());
  }

  public record ClaimBody(
      String category, BigDecimal amount, LocalDate spentOn, String description) {}

  public record Versioned(Long version) {}

  public record ClaimInfo(
      long id,
      long claimantId,
      String claimant,
      BudgetCategory category,
      BigDecimal amount,
      LocalDate spentOn,
      String description,
      ClaimStatus status,
      Long approvalId,
      String invoiceName,
      String invoiceType,
      Integer invoiceSize,
      String invoiceSha256,
      Instant createdAt,
      long version) {}

  public record SubmissionInfo(ClaimInfo claim, boolean overBudget, Budgets.Cell month) {}

  public record ClaimList(long total, List<ClaimInfo> rows) {}
}
