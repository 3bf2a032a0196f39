package com.opsuite.core.org;

/** What an editor or an import row gives for a staff member. */
public record StaffDraft(String name, String employeeNo, String email, String phone, Long userId) {}
