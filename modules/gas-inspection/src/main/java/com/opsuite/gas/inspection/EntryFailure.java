package com.opsuite.gas.inspection;

/** Why the inspector could not get in. */
public enum EntryFailure {
  NOT_HOME,
  REFUSED,
  OTHER
}
