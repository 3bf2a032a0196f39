package com.opsuite.online.service;

import com.opsuite.core.api.Caller;
import com.opsuite.core.security.AccessDeniedException;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The periodic review of suggestions: a period's sheet (what it takes up, or what it decided), the
 * review itself (every waiting suggestion adopted, rejected or deferred with a note, once per
 * period), the reviews done, and the reminder run the timer makes daily.
 */
@Path("v1/online-ops/suggestion-reviews")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(ServiceManagers.MANAGE)
public class SuggestionReviewsResource {

  @Inject SuggestionReviews reviews;
  @Inject SuggestionReviewReminders reminders;
  @Inject CallerPermissions permissions;
  @jakarta.ws.rs.core.Context SecurityContext security;

  @GET
  @Transactional
  @Operation(
      summary =
          "A period's suggestion review (period=2025-10, its first month; default the current"
              + " period): done with its decisions, or the suggestions it takes up")
  public SuggestionReviews.Sheet sheet(@QueryParam("period") String period) {
    return reviews.sheet(reviews.period(period));
  }

  @GET
  @Path("history")
  @Transactional
  @Operation(summary = "The reviews done, latest period first")
  public List<ReviewInfo> history(@QueryParam("max") Integer max) {
    return reviews.history(max == null ? 24 : max).stream()
        .map(
            r ->
                new ReviewInfo(
                    r.getPeriodKey(),
                    r.getFirstDay(),
                    r.getLastDay(),
                    r.getReviewerId(),
                    r.getReviewedAt()))
        .toList();
  }

  @POST
  @Transactional
  @Operation(
      summary =
          "Review a period's suggestions: a decision (ADOPTED, REJECTED, DEFERRED with a note) for"
              + " each one waiting; once per period (409 the second time)")
  public Response review(ReviewBody body) {
    ReviewBody b = body == null ? new ReviewBody(null, null, null) : body;
    if (b.period() == null || b.period().isBlank()) {
      throw ServiceRefused.invalid("period", "suggestion.period.required");
    }
    SuggestionPeriod p = reviews.period(b.period());
    List<SuggestionReviews.Decision> decisions = new ArrayList<>();
    List<DecisionBody> given = b.decisions() == null ? List.of() : b.decisions();
    for (int i = 0; i < given.size(); i++) {
      DecisionBody d = given.get(i);
      decisions.add(
          d == null
              ? null
              : new SuggestionReviews.Decision(
                  d.ticketId(), kind("decisions[" + i + "].decision", d.decision()), d.note()));
    }
    reviews.review(p, b.note(), decisions, userId(), Instant.now());
    return Response.status(Response.Status.CREATED).entity(reviews.sheet(p)).build();
  }

  @POST
  @Path("reminders/run")
  @Transactional
  @Operation(
      summary =
          "Remind the service owners of reviews due and not done, as on the day given (default"
              + " today), as the timer does; once per period")
  public List<SuggestionReviewReminders.Sent> runReminders(@QueryParam("on") String on) {
    LocalDate day;
    try {
      day = on == null || on.isBlank() ? reviews.today() : LocalDate.parse(on.strip());
    } catch (DateTimeParseException e) {
      throw ServiceRefused.invalid("on", "suggestion.day.invalid", on);
    }
    return reminders.run(day, Caller.name(security));
  }

  private static SuggestionDecisionKind kind(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return SuggestionDecisionKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ServiceRefused.invalid(field, "ticket.value.unknown", value);
    }
  }

  private long userId() {
    return permissions
        .caller()
        .filter(c -> !c.operator())
        .map(CallerIdentity::accountId)
        .orElseThrow(() -> new AccessDeniedException(ServiceManagers.MANAGE, false));
  }

  public record ReviewBody(String period, String note, List<DecisionBody> decisions) {}

  public record DecisionBody(Long ticketId, String decision, String note) {}

  public record ReviewInfo(
      String period, LocalDate firstDay, LocalDate lastDay, long reviewerId, Instant reviewedAt) {}
}
