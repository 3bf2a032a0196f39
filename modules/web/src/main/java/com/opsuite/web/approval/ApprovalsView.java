package com.opsuite.web.approval;

import com.opsuite.core.approval.ActionKind;
import com.opsuite.core.approval.ApprovalInbox;
import com.opsuite.core.approval.ApprovalRefusedException;
import com.opsuite.core.approval.ApprovalStatus;
import com.opsuite.core.approval.ApprovalTypes;
import com.opsuite.core.approval.ApprovalViews;
import com.opsuite.core.approval.Approvals;
import com.opsuite.core.approval.Participants;
import com.opsuite.core.i18n.CoreMessages;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.faces.ShownTimes;
import com.opsuite.web.i18n.LocaleSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * "My approvals": what waits for the signed-in user, what they decided, what they submitted; one
 * approval opened with its fields, steps and history; and the actions, each through {@link
 * Approvals} as the REST API's are. Open to everyone signed in: the engine decides who may act.
 */
@Named
@ViewScoped
public class ApprovalsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ApprovalInbox inbox;
  @Inject ApprovalViews views;
  @Inject ApprovalTypes types;
  @Inject Approvals approvals;
  @Inject Participants participants;
  @Inject CurrentUser user;
  @Inject ShownTimes times;
  @Inject LocaleSelection localeSelection;
  @Inject CoreMessages texts;
  @Inject Messages messages;
  @Inject ApprovalCount count;

  private ApprovalInbox.Box box = ApprovalInbox.Box.PENDING;
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private List<Item> items = List.of();
  private Long openId;
  private Opened opened;
  private String filterType;
  private String filterText;
  private Long linked;
  private Long actingId;
  private String acting;
  private String comment;

  /** A document type to filter by. */
  public record TypeOption(String code, String label) implements Serializable {}

  /** One line of a box, with what the user may do to it there. */
  public record Item(
      long id,
      String typeLabel,
      String title,
      String documentRef,
      String submitter,
      String step,
      String since,
      String status,
      String statusLabel,
      long version,
      boolean decidable,
      boolean withdrawable,
      boolean resubmittable)
      implements Serializable {}

  /** An opened approval: its fields, its steps with their approvers, its history. */
  public record Opened(List<Line> fields, List<StepLine> steps, List<HistoryLine> history)
      implements Serializable {}

  public record Line(String label, String value) implements Serializable {}

  public record StepLine(String label, String status, String statusLabel, String approvers)
      implements Serializable {}

  public record HistoryLine(
      String at, String action, String actor, String onBehalfOf, String comment)
      implements Serializable {}

  @PostConstruct
  void load() {
    long me = me();
    counts.clear();
    for (ApprovalInbox.Box b : ApprovalInbox.Box.values()) {
      counts.put(key(b), inbox.count(b, me));
      if (b == box) {
        items =
            views
                .summaries(
                    inbox.list(b, me, new ApprovalInbox.Filter(filterType, filterText)),
                    localeSelection.getLocale())
                .stream()
                .map(summary -> item(summary, b))
                .toList();
      }
    }
    if (openId != null) {
      opened = items.stream().anyMatch(i -> i.id() == openId) ? open(openId, me) : null;
      if (opened == null) {
        openId = null;
      }
    }
  }

  /**
   * Opens the approval a link names ({@code ?open=}, from a notification or its mail) in the box
   * that holds it; one the user cannot see leaves the page as it is.
   */
  public void openLinked() {
    if (linked == null) {
      return;
    }
    long me = me();
    for (ApprovalInbox.Box b : ApprovalInbox.Box.values()) {
      if (inbox.list(b, me).stream().anyMatch(a -> a.getId().equals(linked))) {
        box = b;
        openId = linked;
        load();
        return;
      }
    }
  }

  public void show(String chosen) {
    box = ApprovalInbox.Box.valueOf(chosen.toUpperCase(Locale.ROOT));
    openId = null;
    opened = null;
    load();
  }

  /** Applies the type and the search words to the box shown. */
  public void filter() {
    openId = null;
    opened = null;
    load();
  }

  /** The document types of the modules the tenant has, for the filter. */
  public List<TypeOption> getTypeOptions() {
    Locale locale = localeSelection.getLocale();
    return types.available().stream()
        .map(d -> new TypeOption(d.type().code(), types.label(d, locale)))
        .toList();
  }

  public boolean isFiltered() {
    return (filterType != null && !filterType.isBlank())
        || (filterText != null && !filterText.isBlank());
  }

  public String getFilterType() {
    return filterType;
  }

  public void setFilterType(String filterType) {
    this.filterType = filterType;
  }

  public String getFilterText() {
    return filterText;
  }

  public void setFilterText(String filterText) {
    this.filterText = filterText;
  }

  /** Opens the approval, or closes it when it is open already. */
  public void toggle(long id) {
    openId = Objects.equals(openId, id) ? null : id;
    load();
  }

  /** The first tap: the action chosen for one item; the dialog asks for the comment. */
  public void prepare(long id, String action) {
    actingId = id;
    acting = ActionKind.valueOf(action).name();
    comment = null;
  }

  /** The second tap: applies the prepared action, or says why not and shows the item as it is. */
  public void confirm() {
    if (actingId == null || acting == null) {
      return;
    }
    Item item = items.stream().filter(i -> i.id() == actingId).findFirst().orElse(null);
    try {
      approvals.act(
          actingId,
          ActionKind.valueOf(acting),
          comment,
          null,
          item == null ? null : item.version(),
          me());
      messages.pageInfo(
          "approvals.acted." + acting.toLowerCase(Locale.ROOT), item == null ? "" : item.title());
    } catch (InvalidInputException e) {
      // A missing comment: the dialog stays open with the message beside the comment.
      messages.invalid(e, "decide:");
      return;
    } catch (ApprovalRefusedException e) {
      // Decided by someone else meanwhile (409) or not the user's to decide (403).
      messages.error(e.messageKey(), e.args());
    }
    actingId = null;
    acting = null;
    comment = null;
    count.refresh();
    load();
  }

  private Item item(ApprovalViews.Summary s, ApprovalInbox.Box in) {
    String step = s.currentStepLabel() == null ? "" : s.currentStepLabel();
    ApprovalStatus status = s.status();
    return new Item(
        s.id(),
        s.typeLabel(),
        s.title(),
        s.documentRef(),
        s.submitter(),
        step,
        when(s.startedAt()),
        status.name(),
        messages.pageText("approvals.status." + status.name()),
        s.version(),
        in == ApprovalInbox.Box.PENDING,
        in == ApprovalInbox.Box.SUBMITTED
            && (status == ApprovalStatus.PENDING || status == ApprovalStatus.RETURNED),
        in == ApprovalInbox.Box.SUBMITTED && status == ApprovalStatus.RETURNED);
  }

  private Opened open(long id, long me) {
    Locale locale = localeSelection.getLocale();
    ApprovalViews.Detail d;
    try {
      d = views.detail(participants.visible(id, me), locale);
    } catch (ApprovalRefusedException e) {
      messages.error(e.messageKey(), e.args());
      return null;
    }
    String type = d.approval().type();
    List<Line> fields = new ArrayList<>();
    d.fields()
        .forEach(
            (name, value) -> {
              String label =
                  texts.text(locale, "approval." + type + ".field." + name, new Object[0]);
              fields.add(
                  new Line(
                      label.startsWith("???") ? name : label,
                      value == null ? "" : String.valueOf(value)));
            });
    List<StepLine> steps =
        d.steps().stream()
            .map(
                st ->
                    new StepLine(
                        st.label(),
                        st.status().name(),
                        messages.pageText("approvals.stepStatus." + st.status().name()),
                        st.approvers().stream()
                            .map(
                                r ->
                                    (r.name() == null ? "?" : r.name())
                                        + (r.inPlaceOf().isEmpty()
                                            ? ""
                                            : " "
                                                + messages.pageText(
                                                    "approvals.inPlaceOf",
                                                    String.join(", ", r.inPlaceOf())))
                                        + (r.decision() == null
                                            ? ""
                                            : " ("
                                                + messages.pageText(
                                                    "approvals.decision." + r.decision().name())
                                                + ")"))
                            .collect(Collectors.joining(", "))))
            .toList();
    List<HistoryLine> history =
        d.history().stream()
            .map(
                h ->
                    new HistoryLine(
                        when(h.at()),
                        messages.pageText("approvals.action." + h.action().name()),
                        h.actorUserId() == null ? messages.pageText("approvals.system") : h.actor(),
                        h.onBehalfOf(),
                        h.comment()))
            .toList();
    return new Opened(fields, steps, history);
  }

  private String when(Instant at) {
    return times.minute(at);
  }

  private long me() {
    return user.accountId();
  }

  private static String key(ApprovalInbox.Box b) {
    return b.name().toLowerCase(Locale.ROOT);
  }

  public String getBox() {
    return key(box);
  }

  public int count(String b) {
    return counts.getOrDefault(b, 0);
  }

  public List<Item> getItems() {
    return items;
  }

  public Long getLinked() {
    return linked;
  }

  public void setLinked(Long linked) {
    this.linked = linked;
  }

  public Long getOpenId() {
    return openId;
  }

  public Opened getOpened() {
    return opened;
  }

  public String getActing() {
    return acting;
  }

  /** Reject and return need a comment; the dialog says so. */
  public boolean isCommentRequired() {
    return "REJECT".equals(acting) || "RETURN".equals(acting);
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
