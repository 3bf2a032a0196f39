package com.opsuite.online.data;

/** What became of a row of platform data: checked only, stored, or refused with its problems. */
public enum LineStatus {
  VALID,
  ADDED,
  UPDATED,
  UNCHANGED,
  REFUSED
}
