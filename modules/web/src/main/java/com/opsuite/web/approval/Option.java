package com.opsuite.web.approval;

import java.io.Serializable;

/** One option of a select: the code it stands for and what the user reads. */
public record Option(String value, String label) implements Serializable {}
