package com.opsuite.core.approval;

/**
 * Fired (CDI event) when an approval ends, in the transaction that ended it: modules observe it for
 * their own document types, usually with {@code @Observes(during = AFTER_SUCCESS)} so they act only
 * once the outcome is committed. The engine itself knows no module.
 */
public record ApprovalConcluded(
    String tenant, String type, String documentRef, Outcome outcome, long approvalId) {}
