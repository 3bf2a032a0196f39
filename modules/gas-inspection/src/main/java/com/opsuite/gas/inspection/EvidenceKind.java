package com.opsuite.gas.inspection;

/** What a stored image proves. */
public enum EvidenceKind {
  PHOTO,
  SIGNATURE
}
