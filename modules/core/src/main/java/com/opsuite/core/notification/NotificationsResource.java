package com.opsuite.core.notification;

import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.security.AccessDeniedException;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The signed-in user's notifications and how they want to be told. Only ever the caller's own: an
 * id of someone else's notification answers 404, as one that does not exist.
 */
@Path("v1/core/notifications")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

  @Inject Notifications notifications;
  @Inject NotificationPreferences preferences;
  @Inject CallerPermissions permissions;
  @Context HttpHeaders headers;

  @GET
  @Transactional
  @Operation(summary = "My notifications, newest first (at most 100), with the unread count")
  public Inbox list() {
    long me = me();
    Locale locale = SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
    return new Inbox(
        notifications.unread(me),
        notifications.of(me).stream().map(n -> Item.of(n, locale)).toList());
  }

  @POST
  @Path("{id}/read")
  @Transactional
  @Operation(summary = "Mark one of my notifications read; 404 for any other id")
  public void markRead(@PathParam("id") long id) {
    if (notifications.markRead(id, me()).isEmpty()) {
      throw new NotFoundException();
    }
  }

  @POST
  @Path("read")
  @Transactional
  @Operation(summary = "Mark all my notifications read")
  public Marked markAllRead() {
    return new Marked(notifications.markAllRead(me()));
  }

  @GET
  @Path("preferences")
  @Transactional
  @Operation(summary = "Whether I get notifications by e-mail, and in which language")
  public Preferences getPreferences() {
    return Preferences.of(me(), preferences);
  }

  @PUT
  @Path("preferences")
  @Transactional
  @Operation(
      summary =
          "Replace my preferences: e-mail on or off (omitted: on), mail language zh-CN or en"
              + " (omitted: the tenant's)")
  public Preferences putPreferences(PreferenceChange body) {
    long me = me();
    PreferenceChange wanted = body == null ? new PreferenceChange(null, null) : body;
    preferences.save(me, !Boolean.FALSE.equals(wanted.emailEnabled()), wanted.mailLanguage());
    return Preferences.of(me, preferences);
  }

  private long me() {
    return permissions
        .caller()
        .filter(c -> !c.operator())
        .map(CallerIdentity::accountId)
        .orElseThrow(() -> new AccessDeniedException("notifications", false));
  }

  /** The caller's notifications and how many are unread. */
  public record Inbox(long unread, List<Item> items) {}

  /** One notification, its text in the caller's language. */
  public record Item(
      long id,
      NotificationKind kind,
      long approvalId,
      Integer stepNo,
      String text,
      Instant createdAt,
      Instant readAt,
      boolean read) {
    static Item of(Notification n, Locale locale) {
      return new Item(
          n.getId(),
          n.getKind(),
          n.getApprovalId(),
          n.getStepNo(),
          n.text(locale),
          n.getCreatedAt(),
          n.getReadAt(),
          n.isRead());
    }
  }

  /** How many notifications were marked read. */
  public record Marked(int marked) {}

  /** New preferences, replacing the old; an omitted field takes its default. */
  public record PreferenceChange(Boolean emailEnabled, String mailLanguage) {}

  /**
   * Mail on or off, its language ({@code null}: the tenant's), and the language mail is written in
   * as a result.
   */
  public record Preferences(
      boolean emailEnabled, String mailLanguage, String effectiveMailLanguage) {
    static Preferences of(long userId, NotificationPreferences preferences) {
      NotificationPreferences.Choice choice = preferences.of(userId);
      return new Preferences(
          choice.emailEnabled(),
          choice.mailLanguage(),
          preferences.mailLocale(userId).toLanguageTag());
    }
  }
}
