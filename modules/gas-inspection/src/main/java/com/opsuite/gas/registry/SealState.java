package com.opsuite.gas.registry;

/** The anti-theft seal on a meter as last seen. */
public enum SealState {
  NONE,
  INTACT,
  BROKEN,
  REPLACED
}
