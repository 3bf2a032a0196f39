package com.opsuite.core.security;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tenant's role: a named set of permissions. Its code is qualified by the scope that defined it
 * ({@code gas-inspection.inspector}), so modules never collide.
 */
@Entity
@Table(name = "role")
public class Role extends TenantOwned {

  @Id
  @Column(length = 100)
  private String code;

  @Column(nullable = false, length = 40)
  private String scope;

  @Column(name = "built_in", nullable = false)
  private boolean builtIn;

  /** Sorted, comma-separated permission codes. */
  @Column(nullable = false, length = 4000)
  private String permissions;

  @Enumerated(EnumType.STRING)
  @Column(name = "data_scope", nullable = false, length = 20)
  private DataScope dataScope = DataScope.ALL;

  @Version private long version;

  protected Role() {}

  public Role(String scope, String localCode, Set<String> permissions, boolean builtIn) {
    this.code = scope + "." + localCode;
    this.scope = scope;
    this.builtIn = builtIn;
    this.permissions = String.join(",", new TreeSet<>(permissions));
  }

  public String getCode() {
    return code;
  }

  public String getScope() {
    return scope;
  }

  /** The code without its scope, e.g. {@code inspector}. */
  public String getLocalCode() {
    return code.substring(scope.length() + 1);
  }

  public boolean isBuiltIn() {
    return builtIn;
  }

  public DataScope getDataScope() {
    return dataScope;
  }

  public void setDataScope(DataScope dataScope) {
    this.dataScope = dataScope;
  }

  public void setPermissions(Set<String> permissions) {
    this.permissions = String.join(",", new TreeSet<>(permissions));
  }

  public long getVersion() {
    return version;
  }

  public Set<String> getPermissions() {
    return permissions.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(permissions.split(",")));
  }
}
