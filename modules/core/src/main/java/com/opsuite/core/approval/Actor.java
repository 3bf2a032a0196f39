package com.opsuite.core.approval;

/** A user acting on approvals, with the name history shows for them. */
public record Actor(long userId, String name) {}
