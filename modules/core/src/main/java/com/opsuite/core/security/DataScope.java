package com.opsuite.core.security;

/** How much of the tenant's data a role reaches with its permissions. */
public enum DataScope {
  /** All of the tenant's records. */
  ALL,
  /** Records of the holder's own department and the departments below it. */
  DEPARTMENT
}
