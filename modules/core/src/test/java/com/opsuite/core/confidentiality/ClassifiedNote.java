package com.opsuite.core.confidentiality;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The smallest classified business record, for testing the mechanism on the real database. */
@Entity
@Table(name = "classified_note")
public class ClassifiedNote extends ClassifiedRecord {

  @Id private long id;

  private String title;

  protected ClassifiedNote() {}

  ClassifiedNote(long id, String title, Classification classification) {
    this.id = id;
    this.title = title;
    setClassification(classification);
  }

  public long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }
}
