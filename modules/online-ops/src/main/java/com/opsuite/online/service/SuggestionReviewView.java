package com.opsuite.online.service;

import com.opsuite.core.security.AccessDeniedException;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The suggestion-review section of the tickets page (service managers only): the current period's
 * suggestions with a decision and a note each, recorded in one go, or the review already done.
 */
@Named("onlineSuggestionReviewView")
@ViewScoped
public class SuggestionReviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SuggestionReviews reviews;
  @Inject transient CallerPermissions permissions;
  @Inject transient com.opsuite.core.tenancy.TenantContext tenant;

  private String period;
  private SuggestionReviews.Sheet sheet;
  private List<Row> rows = List.of();
  private String note;

  /** A suggestion on the form, with the decision being chosen for it. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final SuggestionReviews.Item item;
    private SuggestionDecisionKind decision;
    private String note;

    Row(SuggestionReviews.Item item) {
      this.item = item;
      this.decision = item.decision();
      this.note = item.note();
    }

    public SuggestionReviews.Item getItem() {
      return item;
    }

    public SuggestionDecisionKind getDecision() {
      return decision;
    }

    public void setDecision(SuggestionDecisionKind decision) {
      this.decision = decision;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  @PostConstruct
  void init() {
    if (permissions.has(ServiceManagers.MANAGE)) {
      load(null);
    }
  }

  private void load(String key) {
    SuggestionPeriod p = reviews.period(key);
    period = p.key();
    sheet = reviews.sheet(p);
    rows = new ArrayList<>(sheet.items().stream().map(Row::new).toList());
  }

  public void save() {
    permissions.require(ServiceManagers.MANAGE);
    try {
      reviews.review(
          reviews.period(period),
          note,
          rows.stream()
              .map(
                  r ->
                      new SuggestionReviews.Decision(
                          r.getItem().ticketId(), r.getDecision(), r.getNote()))
              .toList(),
          userId(),
          Instant.now());
      ServicePage.info("suggestion.review.saved", period);
      note = null;
      load(period);
    } catch (ServiceRefused e) {
      ServicePage.refused(e);
    }
  }

  public String day(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone()).format(at);
  }

  private ZoneId zone() {
    ZoneId zone = tenant.require().timeZone();
    return zone == null ? ZoneId.systemDefault() : zone;
  }

  private long userId() {
    return permissions
        .caller()
        .filter(c -> !c.operator())
        .map(CallerIdentity::accountId)
        .orElseThrow(() -> new AccessDeniedException(ServiceManagers.MANAGE, false));
  }

  public SuggestionDecisionKind[] getDecisions() {
    return SuggestionDecisionKind.values();
  }

  public SuggestionReviews.Sheet getSheet() {
    return sheet;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
