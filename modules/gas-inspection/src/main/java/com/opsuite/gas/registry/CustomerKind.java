package com.opsuite.gas.registry;

/** What the utility supplies: homes are inspected on the residential plan. */
public enum CustomerKind {
  RESIDENTIAL,
  COMMERCIAL,
  INDUSTRIAL
}
