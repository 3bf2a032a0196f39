package com.opsuite.online.content;

/** The list's filters; null means any. {@code q} finds words of the title. */
public record ContentQuery(
    ContentStatus status, ContentKind kind, Long platformId, Long ownerId, String q) {

  public static ContentQuery all() {
    return new ContentQuery(null, null, null, null, null);
  }
}
