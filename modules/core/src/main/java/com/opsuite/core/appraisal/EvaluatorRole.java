package com.opsuite.core.appraisal;

/**
 * Who rates a staff member's criteria: they themselves, their manager(s), or peers the manager
 * chose.
 */
public enum EvaluatorRole {
  SELF,
  SUPERIOR,
  PEER
}
