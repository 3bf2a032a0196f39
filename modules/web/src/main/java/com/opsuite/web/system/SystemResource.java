package com.opsuite.web.system;

import com.opsuite.core.api.PlatformApi;
import com.opsuite.core.database.SchemaState;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.module.ModuleRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Public facts about this installation: the modules it offers and its schema versions. */
@Path("v1/system")
@PlatformApi
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

  @Inject ModuleRegistry modules;
  @Inject SchemaState schema;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "Installed modules, in the caller's language, and schema versions")
  public SystemInfo info() {
    Locale locale = SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
    List<ModuleInfo> installed =
        modules.installed().stream()
            .map(m -> new ModuleInfo(m.id(), m.name(locale), m.description(locale)))
            .toList();
    return new SystemInfo(installed, schema.versions());
  }

  /** The response body. */
  public record SystemInfo(List<ModuleInfo> modules, Map<String, String> schema) {}

  /** One installed module. */
  public record ModuleInfo(String id, String name, String description) {}
}
