package com.opsuite.core.confidentiality;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tenant-owned record without classification, read before the confidentiality is decided. */
@Entity
@Table(name = "plain_note")
public class PlainNote extends TenantOwned {

  @Id private long id;

  protected PlainNote() {}
}
