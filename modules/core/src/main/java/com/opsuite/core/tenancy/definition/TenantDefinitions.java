package com.opsuite.core.tenancy.definition;

import com.opsuite.core.module.ModuleRegistry;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.core.tenancy.TenantRegistry;
import com.opsuite.core.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Applies the tenant definition files of a folder, idempotently: a tenant that does not exist is
 * created as by signup, an existing one is brought in line with its file, and a second run changes
 * nothing. Each tenant is applied in its own transaction, so one bad file does not block the rest.
 */
@ApplicationScoped
public class TenantDefinitions {

  private static final Logger LOG = Logger.getLogger(TenantDefinitions.class.getName());

  @Inject TenantRegistry registry;
  @Inject ModuleRegistry modules;
  @Inject TenantScope scope;
  @Inject TenantAlignment alignment;

  /** Reads and applies every definition in the folder; returns what happened to each tenant. */
  public List<Result> applyAll(Path folder) {
    List<Result> results = new ArrayList<>();
    for (TenantDefinition definition : new TenantDefinitionReader().readAll(folder)) {
      results.add(apply(definition));
    }
    return results;
  }

  public Result apply(TenantDefinition definition) {
    for (String module : definition.modules()) {
      if (modules.find(module).isEmpty()) {
        throw new IllegalArgumentException(
            definition.sourceFile() + ": no module " + module + " is installed");
      }
    }
    Outcome outcome;
    if (registry.exists(definition.code())) {
      TenantRef ref = registry.find(definition.code()).orElseThrow().ref();
      outcome =
          scope.call(ref, () -> alignment.align(definition)) ? Outcome.UPDATED : Outcome.UNCHANGED;
    } else {
      TenantRef ref = new TenantRef(definition.code(), definition.locale(), definition.timeZone());
      scope.run(ref, () -> alignment.create(definition));
      outcome = Outcome.CREATED;
    }
    LOG.info(
        () -> "Tenant " + definition.code() + " from " + definition.sourceFile() + ": " + outcome);
    return new Result(definition.code(), outcome);
  }

  /** What applying a definition did. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /** A tenant and what happened to it. */
  public record Result(String code, Outcome outcome) {}
}
