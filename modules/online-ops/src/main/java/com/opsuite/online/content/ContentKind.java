package com.opsuite.online.content;

/** The seed's kinds of content. */
public enum ContentKind {
  ARTICLE,
  NEWS,
  PROMOTION,
  RECRUITMENT,
  INDUSTRY;

  public String labelKey() {
    return "content.kind." + name();
  }
}
