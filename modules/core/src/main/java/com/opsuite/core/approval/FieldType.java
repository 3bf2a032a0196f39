package com.opsuite.core.approval;

/** The kinds of document field a chain's conditions may test. */
public enum FieldType {
  NUMBER,
  BOOLEAN,
  TEXT
}
