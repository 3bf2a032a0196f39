package com.opsuite.gas.inspection;

/** The inspector's answer to one checklist item, with a note (what is wrong, for a failed one). */
public record Answer(String code, ItemResult result, String note) {}
