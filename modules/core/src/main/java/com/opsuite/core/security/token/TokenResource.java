package com.opsuite.core.security.token;

import com.opsuite.core.api.PlatformApi;
import com.opsuite.core.api.ProblemResponses;
import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.identity.Authenticator;
import com.opsuite.core.identity.SignInResult;
import com.opsuite.core.platform.PlatformOperators;
import com.opsuite.core.security.SignedInUser;
import com.opsuite.core.security.TenantRoles;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.core.tenancy.TenantRegistry;
import com.opsuite.core.tenancy.TenantScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Token sign-in for the API: a tenant's user with tenant code, e-mail and password (and the
 * authenticator code when the account has one); a platform operator with username and password.
 * Failures say nothing about which part was wrong.
 */
@Path("v1")
@RequestScoped
@PlatformApi
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

  /** The group of operator tokens. */
  public static final String OPERATOR_GROUP = "platform-operator";

  @Inject TenantRegistry registry;
  @Inject TenantScope scope;
  @Inject Authenticator authenticator;
  @Inject TenantRoles roles;
  @Inject PlatformOperators operators;
  @Inject ApiTokens tokens;
  @Inject ProblemResponses problems;
  @Context HttpHeaders headers;

  @POST
  @Path("auth/token")
  @Operation(summary = "Sign in as a tenant's user and receive a short-lived bearer token")
  public Response token(TokenRequest request) {
    Locale locale = SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
    Optional<TenantRef> tenant =
        request == null ? Optional.empty() : registry.findActive(request.tenant());
    if (tenant.isEmpty()) {
      return failed(locale);
    }
    Issued issued =
        scope.call(
            tenant.get(),
            () -> {
              SignInResult result =
                  authenticator.signIn(request.username(), request.password(), request.code());
              if (!result.signedIn()) {
                return new Issued(result, null);
              }
              List<String> groups = roles.codesHeldBy(result.user().accountId());
              return new Issued(result, tokens.issue(result.user(), groups));
            });
    if (issued.result().outcome() == SignInResult.Outcome.CODE_REQUIRED) {
      return problems.problem(
          401,
          "urn:opsuite:problem:code-required",
          locale,
          "auth.failed.title",
          "auth.codeRequired");
    }
    if (!issued.result().signedIn()) {
      return failed(locale);
    }
    if (issued.result().passwordExpired()) {
      return problems.problem(
          403,
          "urn:opsuite:problem:password-expired",
          locale,
          "auth.failed.title",
          "auth.passwordExpired");
    }
    // The tenant obliges administrators to use a second factor: the password alone is not enough
    // here either. It is enrolled on the account page, where the sign-in leads.
    if (issued.result().secondFactorMissing()) {
      return problems.problem(
          403,
          "urn:opsuite:problem:second-factor-required",
          locale,
          "auth.failed.title",
          "auth.secondFactorRequired");
    }
    return granted(issued.token());
  }

  @POST
  @Path("platform/auth/token")
  @Operation(summary = "Sign in as a platform operator and receive a short-lived bearer token")
  public Response operatorToken(OperatorTokenRequest request) {
    Locale locale = SupportedLocales.bestMatch(headers.getAcceptableLanguages().iterator());
    Optional<SignedInUser> operator =
        request == null
            ? Optional.empty()
            : operators.signIn(request.username(), request.password());
    if (operator.isEmpty()) {
      return failed(locale);
    }
    return granted(tokens.issue(operator.get(), List.of(OPERATOR_GROUP)));
  }

  private Response granted(String token) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(new TokenResponse(token, "Bearer", tokens.lifetime().toSeconds()))
        .cacheControl(noStore)
        .build();
  }

  private Response failed(Locale locale) {
    return problems.problem(
        401, "urn:opsuite:problem:sign-in-failed", locale, "auth.failed.title", "auth.failed");
  }

  private record Issued(SignInResult result, String token) {}

  /** A tenant user's credentials; {@code code} only for accounts with a second factor. */
  public record TokenRequest(String tenant, String username, String password, String code) {
    @Override
    public String toString() {
      return "TokenRequest[" + tenant + ", " + username + "]";
    }
  }

  /** An operator's credentials. */
  public record OperatorTokenRequest(String username, String password) {
    @Override
    public String toString() {
      return "OperatorTokenRequest[" + username + "]";
    }
  }

  /** The token, as OAuth 2 clients expect it. */
  public record TokenResponse(String access_token, String token_type, long expires_in) {}
}
