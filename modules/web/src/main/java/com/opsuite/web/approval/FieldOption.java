package com.opsuite.web.approval;

import com.opsuite.core.approval.FieldType;
import java.io.Serializable;

/** A document field a condition may test, with its localized name. */
public record FieldOption(String name, String label, FieldType type) implements Serializable {}
