package com.opsuite.core.kpi;

import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.security.CorePermissions;
import com.opsuite.core.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The measures the tenant has: core's and those of its enabled modules. */
@Path("v1/core/kpi/measures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeasuresResource {

  @Inject MeasureCatalog catalog;
  @Context HttpHeaders headers;

  @GET
  @Transactional
  @RequiresPermission(CorePermissions.KPI_READ)
  @Operation(summary = "Measures formulas may use as m['code'], with who supplies their values")
  public List<MeasureInfo> list() {
    Locale locale = SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
    return catalog.available().stream()
        .map(
            d ->
                new MeasureInfo(
                    d.code(),
                    d.scope(),
                    catalog.label(d, locale),
                    d.definition().unit(),
                    new TreeSet<>(d.definition().keptPer()),
                    d.definition().additive(),
                    d.definition().entry()))
        .toList();
  }

  public record MeasureInfo(
      String code,
      String scope,
      String name,
      MeasureUnit unit,
      Set<SubjectKind> keptPer,
      boolean additive,
      MeasureDefinition.Entry entry) {}
}
