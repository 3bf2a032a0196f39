package com.opsuite.online.platform;

/**
 * What a platform is. The seed sets different cadences for the website and for "new media" (the
 * social accounts), so each kind knows which of the two it is.
 */
public enum PlatformKind {
  WEBSITE(false),
  WECHAT(true),
  MINI_PROGRAM(false),
  APP(false),
  WEIBO(true),
  ZHIHU(true),
  BAIJIAHAO(true),
  DOUYIN(true),
  XIAOHONGSHU(true),
  OTHER(false);

  private final boolean newMedia;

  PlatformKind(boolean newMedia) {
    this.newMedia = newMedia;
  }

  /** A social account the seed expects to be updated daily. */
  public boolean isNewMedia() {
    return newMedia;
  }

  public String labelKey() {
    return "platform.kind." + name();
  }
}
