package com.opsuite.gas.task;

/** Why an inspector is sent to a customer. */
public enum TaskKind {
  BLACKLIST_AUDIT,
  PLANNED_INSPECTION,
  REINSPECTION,
  REVISIT
}
