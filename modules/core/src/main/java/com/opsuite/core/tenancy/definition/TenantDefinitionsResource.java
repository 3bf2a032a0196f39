package com.opsuite.core.tenancy.definition;

import com.opsuite.core.api.PlatformApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Applies the tenant definition folder now, without a restart ({@code bin/apply-tenants}). A
 * platform operation guarded by the operator key ({@code opsuite.platform.key}); with no key
 * configured the endpoint does not exist.
 */
@jakarta.ws.rs.Path("v1/platform/tenant-definitions")
@RequestScoped
@PlatformApi
@Produces(MediaType.APPLICATION_JSON)
public class TenantDefinitionsResource {

  @Inject TenantDefinitions definitions;

  @Inject
  @ConfigProperty(name = "opsuite.tenants.dir")
  Optional<String> folder;

  @Inject
  @ConfigProperty(name = "opsuite.platform.key")
  Optional<String> platformKey;

  @POST
  @jakarta.ws.rs.Path("apply")
  @Operation(summary = "Apply the tenant definition files (platform operator only)")
  public List<TenantDefinitions.Result> apply(@HeaderParam("X-Opsuite-Platform-Key") String key) {
    if (platformKey.isEmpty()
        || folder.isEmpty()
        || key == null
        || !sameKey(platformKey.get(), key)) {
      throw new NotFoundException();
    }
    return definitions.applyAll(Path.of(folder.get()).toAbsolutePath());
  }

  /** Constant-time comparison, so response timing does not reveal the key. */
  private static boolean sameKey(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
