package com.opsuite.web.notification;

import com.opsuite.core.notification.Notification;
import com.opsuite.core.notification.Notifications;
import com.opsuite.web.faces.CurrentUser;
import com.opsuite.web.faces.Messages;
import com.opsuite.web.faces.ShownTimes;
import com.opsuite.web.i18n.LocaleSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in user's notifications, newest first: opening one marks it read and shows its
 * approval under Approvals; all can be marked read at once.
 */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Notifications notifications;
  @Inject CurrentUser user;
  @Inject ShownTimes times;
  @Inject LocaleSelection locale;
  @Inject Messages messages;
  @Inject NotificationCount count;

  private List<Item> items = List.of();
  private long unread;

  /** One line of the list. */
  public record Item(long id, long approvalId, String kind, String text, String at, boolean read)
      implements Serializable {}

  @PostConstruct
  void load() {
    long me = me();
    items =
        notifications.of(me).stream()
            .map(
                n ->
                    new Item(
                        n.getId(),
                        n.getApprovalId(),
                        n.getKind().name(),
                        n.text(locale.getLocale()),
                        times.minute(n.getCreatedAt()),
                        n.isRead()))
            .toList();
    unread = notifications.unread(me);
  }

  /**
   * Marks the notification read and goes to its approval, opened in the box that holds it and
   * scrolled to (the fragment), as the link in its mail does.
   */
  public void open(long id) throws IOException {
    Optional<Long> approval = notifications.markRead(id, me()).map(Notification::getApprovalId);
    if (approval.isEmpty()) {
      load();
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    String url =
        faces
            .getApplication()
            .getViewHandler()
            .getRedirectURL(
                faces,
                ApprovalLinks.VIEW,
                Map.of(ApprovalLinks.OPEN, List.of(approval.get().toString())),
                false);
    faces.getExternalContext().redirect(url + ApprovalLinks.fragment(approval.get()));
  }

  public void markAllRead() {
    int marked = notifications.markAllRead(me());
    messages.pageInfo("notifications.markedAll", marked);
    count.refresh();
    load();
  }

  private long me() {
    return user.accountId();
  }

  public List<Item> getItems() {
    return items;
  }

  public long getUnread() {
    return unread;
  }
}
