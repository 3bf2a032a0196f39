package com.opsuite.core.tenancy.definition;

import com.opsuite.core.database.SchemaState;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the tenant definition folder ({@code opsuite.tenants.dir}, unset by default) at start-up,
 * after the schema is migrated. A folder with errors is reported in the log and leaves the
 * application running: tenants are data, not a reason to refuse service.
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class TenantDefinitionsStartup {

  private static final Logger LOG = Logger.getLogger(TenantDefinitionsStartup.class.getName());

  @Inject
  @ConfigProperty(name = "opsuite.tenants.dir")
  Optional<String> folder;

  @Inject SchemaState schema;
  @Inject TenantDefinitions definitions;

  @PostConstruct
  void apply() {
    if (folder.isEmpty() || !schema.isReady()) {
      return;
    }
    Path path = Path.of(folder.get()).toAbsolutePath();
    try {
      definitions.applyAll(path);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Tenant definitions in " + path + " could not all be applied", e);
    }
  }
}
