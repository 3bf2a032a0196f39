package com.opsuite.core.kpi;

/** The two ways a target scores a value: on a line from floor to target, or by bands. */
public enum ScoringKind {
  LINEAR,
  BANDED
}
