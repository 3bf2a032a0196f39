package com.opsuite.core.approval;

/**
 * Fired (CDI event) when an approver returns a document to its submitter for revision, in the
 * transaction that returned it; the approval waits at step {@code stepNo} until it is resubmitted.
 */
public record ApprovalReturned(
    String tenant, String docType, String documentRef, long approvalId, int stepNo) {}
