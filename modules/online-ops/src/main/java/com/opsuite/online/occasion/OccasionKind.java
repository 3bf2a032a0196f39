package com.opsuite.online.occasion;

/** An event (news follows it) or a promotion (notices precede it). */
public enum OccasionKind {
  EVENT,
  PROMOTION
}
