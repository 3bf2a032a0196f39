package com.opsuite.web.org;

import java.io.Serializable;

/** One option of a select: the id it stands for and what the user reads. */
public record Choice(Long value, String label) implements Serializable {}
