package com.opsuite.web.kpi;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** One subject's cell on the values page: what is stored, and what the user typed over it. */
public class ValueRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String subject;
  private final String name;
  private final BigDecimal stored;
  private final String storedNote;
  private final String enteredBy;
  private final String enteredAt;
  private final Long version;
  private BigDecimal value;
  private String note;

  ValueRow(
      String subject,
      String name,
      BigDecimal stored,
      String storedNote,
      String enteredBy,
      String enteredAt,
      Long version) {
    this.subject = subject;
    this.name = name;
    this.stored = stored;
    this.storedNote = storedNote;
    this.enteredBy = enteredBy;
    this.enteredAt = enteredAt;
    this.version = version;
    this.value = stored;
    this.note = storedNote;
  }

  /** Whether there is a number to save that differs from the stored one (or a new note). */
  boolean changed() {
    if (value == null) {
      return false;
    }
    boolean sameValue = stored != null && stored.compareTo(value) == 0;
    return !sameValue || !Objects.equals(blankToNull(note), blankToNull(storedNote));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getSubject() {
    return subject;
  }

  public String getName() {
    return name;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public String getEnteredAt() {
    return enteredAt;
  }

  public boolean isEntered() {
    return stored != null;
  }

  Long getVersion() {
    return version;
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
