package com.opsuite.core.module;

import com.opsuite.core.spi.VerticalModule;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The vertical modules installed in this deployment, found through CDI. */
@ApplicationScoped
public class ModuleRegistry {

  private static final Pattern MODULE_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  @Inject @Any Instance<VerticalModule> discovered;

  private List<VerticalModule> installed;

  @PostConstruct
  void discover() {
    installed = validated(discovered.stream().toList());
  }

  /** Installed modules ordered by id, so start-up work (migrations) runs in a stable order. */
  public List<VerticalModule> installed() {
    return installed;
  }

  public Optional<VerticalModule> find(String id) {
    return installed.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** Rejects a malformed or duplicate module id at start-up rather than corrupting URLs later. */
  static List<VerticalModule> validated(List<VerticalModule> modules) {
    Set<String> seen = new HashSet<>();
    for (VerticalModule module : modules) {
      String id = module.id();
      if (id == null || !MODULE_ID.matcher(id).matches()) {
        throw new IllegalStateException("Module id '" + id + "' is not lower-case-with-hyphens");
      }
      if (!seen.add(id)) {
        throw new IllegalStateException("Two modules share the id '" + id + "'");
      }
    }
    return modules.stream().sorted(Comparator.comparing(VerticalModule::id)).toList();
  }
}
