package com.opsuite.online.budget;

/** What operations money is spent on; the seed's three, and the rest. */
public enum BudgetCategory {
  PROMOTION,
  CONTENT_PRODUCTION,
  STAFF,
  OTHER
}
