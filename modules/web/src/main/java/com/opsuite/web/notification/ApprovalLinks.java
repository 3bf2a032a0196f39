package com.opsuite.web.notification;

/**
 * How a page links to one approval: the approvals page with {@code ?open=} (the mail's link is the
 * same, built in core) and a fragment the browser scrolls to, so on a phone the opened approval is
 * in view and not somewhere down the list.
 */
final class ApprovalLinks {

  static final String VIEW = "/core/approvals.xhtml";
  static final String OPEN = "open";

  private ApprovalLinks() {}

  static String fragment(long approvalId) {
    return "#approval-" + approvalId;
  }
}
