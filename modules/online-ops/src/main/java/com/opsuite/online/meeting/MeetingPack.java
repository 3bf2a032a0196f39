package com.opsuite.online.meeting;

import com.opsuite.online.platform.PlatformKind;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a meeting looks at: each platform's figures for the period beside the period before, with
 * the content published on it in both, the totals over all platforms, and for a monthly meeting the
 * improvement actions agreed at the previous one (with their status) and at this one.
 */
public record MeetingPack(
    Kind kind,
    String period,
    String previousPeriod,
    LocalDate from,
    LocalDate to,
    LocalDate previousFrom,
    LocalDate previousTo,
    LocalDate meetingOn,
    List<PlatformFigures> platforms,
    List<Comparison> totals,
    Comparison publishedTotal,
    List<ActionRow> previousActions,
    List<ActionRow> actions)
    implements Serializable {

  /** A weekly meeting (Mondays) or a monthly one (the 1st). */
  public enum Kind {
    WEEKLY,
    MONTHLY
  }

  /** One platform's comparisons and its published content in both periods. */
  public record PlatformFigures(
      long platformId,
      String name,
      PlatformKind platformKind,
      List<Comparison> figures,
      Comparison published)
      implements Serializable {}

  /** An improvement action as packs list it. */
  public record ActionRow(
      long id,
      String meetingMonth,
      String text,
      Long ownerId,
      String ownerName,
      LocalDate dueOn,
      ActionStatus status,
      long version)
      implements Serializable {}
}
