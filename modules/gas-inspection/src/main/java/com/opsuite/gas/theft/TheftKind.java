package com.opsuite.gas.theft;

/** How gas was stolen. */
public enum TheftKind {
  METER_BYPASS,
  TAMPERED_READING,
  BROKEN_SEAL,
  OTHER
}
