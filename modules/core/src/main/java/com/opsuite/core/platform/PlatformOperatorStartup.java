package com.opsuite.core.platform;

import com.opsuite.core.database.SchemaState;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first platform operator from {@code opsuite.platform.operator.username} and {@code
 * .password} (e.g. OPSUITE_PLATFORM_OPERATOR_PASSWORD) when configured; without them there is none.
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformOperatorStartup {

  private static final Logger LOG = Logger.getLogger(PlatformOperatorStartup.class.getName());

  @Inject
  @ConfigProperty(name = "opsuite.platform.operator.username", defaultValue = "operator")
  String username;

  @Inject
  @ConfigProperty(name = "opsuite.platform.operator.password")
  Optional<String> password;

  @Inject SchemaState schema;
  @Inject PlatformOperators operators;

  @PostConstruct
  void ensureOperator() {
    if (password.isEmpty() || password.get().isBlank() || !schema.isReady()) {
      return;
    }
    try {
      if (operators.ensure(username, password.get())) {
        LOG.info("Platform operator " + username + " created");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Platform operator " + username + " could not be created", e);
    }
  }
}
