package com.opsuite.online.design;

/** A monthly settlement: being signed, signed, refused, or handed to finance for payment. */
public enum SettlementStatus {
  SIGNING,
  SIGNED,
  REJECTED,
  HANDED_TO_FINANCE
}
