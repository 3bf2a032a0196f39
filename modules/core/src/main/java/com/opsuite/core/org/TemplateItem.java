package com.opsuite.core.org;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An org-template item the tenant has received once; it is never created again. */
@Entity
@Table(name = "org_template_item")
public class TemplateItem extends TenantOwned {

  @Id
  @Column(name = "item_key", length = 100)
  private String itemKey;

  @Column(name = "applied_at", nullable = false)
  private Instant appliedAt = Instant.now();

  protected TemplateItem() {}

  TemplateItem(String itemKey) {
    this.itemKey = itemKey;
  }
}
