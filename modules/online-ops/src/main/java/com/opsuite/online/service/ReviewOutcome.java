package com.opsuite.online.service;

/** What the periodic review decided about a suggestion. */
public enum ReviewOutcome {
  ADOPTED,
  NOTED,
  REJECTED
}
