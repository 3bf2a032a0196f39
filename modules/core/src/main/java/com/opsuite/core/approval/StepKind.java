package com.opsuite.core.approval;

/**
 * How the approvers of one step decide: the first decision of any of them (SINGLE); every one of
 * them (ALL, one rejection rejects); any one approval (ANY, rejected only when all reject); or k
 * approvals (QUORUM, rejected once k can no longer be reached).
 */
public enum StepKind {
  SINGLE,
  ALL,
  ANY,
  QUORUM
}
