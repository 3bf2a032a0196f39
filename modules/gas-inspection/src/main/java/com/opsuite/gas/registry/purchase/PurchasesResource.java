package com.opsuite.gas.registry.purchase;

import com.opsuite.core.api.ApiProblem;
import com.opsuite.core.api.Caller;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.security.RequiresPermission;
import com.opsuite.gas.registry.RegistryAccess;
import com.opsuite.gas.registry.RegistryInvalidInput;
import com.opsuite.gas.registry.RegistryTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Purchases from the sales system, for integration: a JSON batch, or the export file itself (CSV or
 * .xlsx as the raw body). Both are idempotent by receipt number and answer line by line.
 */
@Path("v1/gas-inspection/purchases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PurchasesResource {

  static final int MAX_BATCH = PurchaseFile.MAX_ROWS;

  @Inject PurchaseRecorder recorder;
  @Inject RegistryTexts texts;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @RequiresPermission(RegistryAccess.IMPORT)
  @Operation(
      summary =
          "Record purchases: a receipt number already stored adds nothing; each line is answered")
  public OutcomeInfo record(List<PurchaseInput> body) {
    if (body == null || body.isEmpty()) {
      throw RegistryInvalidInput.of("body", "registry.purchase.batchEmpty");
    }
    if (body.size() > MAX_BATCH) {
      throw RegistryInvalidInput.of("body", "registry.purchase.batchTooLarge", MAX_BATCH);
    }
    List<PurchaseLine> lines = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      PurchaseInput p =
          body.get(i) == null ? new PurchaseInput(null, null, null, null, null) : body.get(i);
      lines.add(
          new PurchaseLine(
              i + 1,
              p.receiptNo(),
              p.cardNo(),
              p.date(),
              p.volumeM3() == null ? null : p.volumeM3().toPlainString(),
              p.amountYuan() == null ? null : p.amountYuan().toPlainString()));
    }
    return OutcomeInfo.of(recorder.record(lines, false, Caller.name(security)), this::text);
  }

  @POST
  @Path("import")
  @Consumes(MediaType.WILDCARD)
  @Transactional
  @RequiresPermission(RegistryAccess.IMPORT)
  @Operation(
      summary =
          "Import a sales export (text/csv or .xlsx as the body); dryRun=true only checks each row")
  public Response importFile(
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
      InputStream body)
      throws IOException {
    try {
      List<PurchaseLine> lines = PurchaseFile.read(PurchaseFile.readAtMostLimit(body), null, type);
      return Response.ok(
              OutcomeInfo.of(recorder.record(lines, dryRun, Caller.name(security)), this::text))
          .build();
    } catch (PurchaseFileRefused e) {
      if (e.reason() == PurchaseFileRefused.Reason.CONTENT) {
        throw e;
      }
      int status = e.reason() == PurchaseFileRefused.Reason.TOO_LARGE ? 413 : 415;
      Locale locale = locale();
      return Response.status(status)
          .type(ApiProblem.MEDIA_TYPE)
          .entity(
              new ApiProblem(
                  "urn:opsuite:problem:import-refused",
                  texts.text(locale, "registry.import.refused"),
                  status,
                  texts.text(locale, e.violation().messageKey(), e.violation().args()),
                  List.of()))
          .build();
    }
  }

  private String text(String key, Object... args) {
    return texts.text(locale(), key, args);
  }

  private Locale locale() {
    return SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
  }

  /** Texts in the caller's language. */
  @FunctionalInterface
  interface Texts {
    String text(String key, Object... args);
  }

  /** A purchase as the sales system sends it; the date as yyyy-MM-dd. */
  public record PurchaseInput(
      String receiptNo, String cardNo, String date, BigDecimal volumeM3, BigDecimal amountYuan) {}

  public record OutcomeInfo(
      boolean dryRun,
      long valid,
      long added,
      long alreadyPresent,
      long refused,
      List<LineInfo> rows) {
    static OutcomeInfo of(PurchaseOutcome o, Texts texts) {
      return new OutcomeInfo(
          o.dryRun(),
          o.count(LineStatus.VALID),
          o.count(LineStatus.ADDED),
          o.count(LineStatus.ALREADY_PRESENT),
          o.count(LineStatus.REFUSED),
          o.lines().stream().map(l -> LineInfo.of(l, texts)).toList());
    }
  }

  public record LineInfo(
      int row,
      String receiptNo,
      String cardNo,
      LineStatus status,
      List<ApiProblem.FieldError> errors) {
    static LineInfo of(CheckedLine l, Texts texts) {
      return new LineInfo(
          l.line().row(),
          l.line().receiptNo(),
          l.line().cardNo(),
          l.status(),
          l.problems().stream()
              .map(
                  v ->
                      new ApiProblem.FieldError(
                          v.field(), v.messageKey(), texts.text(v.messageKey(), v.args())))
              .toList());
    }
  }
}
