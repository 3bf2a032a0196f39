package com.opsuite.online.meeting;

/** How an agreed improvement stands: still to do, done, or given up. */
public enum ActionStatus {
  OPEN,
  DONE,
  DROPPED
}
