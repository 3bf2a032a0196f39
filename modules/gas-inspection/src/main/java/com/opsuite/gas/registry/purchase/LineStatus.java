package com.opsuite.gas.registry.purchase;

/** What happens, or happened, to one purchase line. */
public enum LineStatus {
  /** Checked and new: a commit adds it. */
  VALID,
  /** Added by this commit. */
  ADDED,
  /** Its receipt number is stored already: adds nothing, refuses nothing. */
  ALREADY_PRESENT,
  /** Something is wrong with it; it is not added. */
  REFUSED
}
