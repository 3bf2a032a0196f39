package com.opsuite.web.security;

import com.opsuite.core.identity.Authenticator;
import com.opsuite.core.identity.SecurityPolicies;
import com.opsuite.core.identity.SecurityPolicy;
import com.opsuite.core.identity.SignInResult;
import com.opsuite.core.platform.PlatformOperators;
import com.opsuite.core.security.SignedInUser;
import com.opsuite.core.security.token.ApiToken;
import com.opsuite.core.security.token.ApiTokens;
import com.opsuite.core.security.token.TokenResource;
import com.opsuite.core.tenancy.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * The one way in, for pages and API alike (Jakarta Security allows one mechanism per application):
 *
 * <ul>
 *   <li>API calls carry a bearer token; its tenant is the call's tenant.
 *   <li>Pages under {@code /t/{tenant}/} use the HTTP session, which holds one sign-in for one
 *       tenant: it is worthless under another tenant's address, and ends once it is older than the
 *       tenant's session limit at the time of the request. Without it a tenant page redirects to
 *       that tenant's sign-in page.
 *   <li>Platform operator pages under {@code /platform/} use an operator sign-in in the session.
 * </ul>
 *
 * The sign-in forms call {@code SecurityContext.authenticate} with a {@link TenantCredential} or
 * {@link OperatorCredential}; the outcome is left in a request attribute for the form to show.
 */
@ApplicationScoped
public class OpsuiteAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The request attribute holding the {@link SignInResult} of a form sign-in. */
  public static final String RESULT = "opsuite.signInResult";

  public static final String OPERATOR_GROUP = TokenResource.OPERATOR_GROUP;

  @Inject ApiTokens tokens;
  @Inject Authenticator authenticator;
  @Inject PlatformOperators operators;
  @Inject SecurityPolicies policies;
  @Inject PageAddresses addresses;
  @Inject TenantRegistry registry;
  @Inject SessionLimits limits;
  Clock clock = Clock.systemUTC();

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (credential instanceof TenantCredential tenantCredential) {
      return signIn(request, context, tenantCredential);
    }
    if (credential instanceof OperatorCredential operatorCredential) {
      return signInOperator(request, context, operatorCredential);
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      return bearer(request, context);
    }
    return session(request, response, context, path);
  }

  private AuthenticationStatus bearer(HttpServletRequest request, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return context.doNothing();
    }
    Optional<ApiToken> token = tokens.verify(header.substring(7).strip());
    if (token.isEmpty()) {
      return context.doNothing();
    }
    Set<String> groups = token.get().getGroups();
    return context.notifyContainerAboutLogin(token.get(), groups == null ? Set.of() : groups);
  }

  private AuthenticationStatus session(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String path) {
    PageAddresses.Target target = addresses.target(path);
    HttpSession session = request.getSession(false);
    SessionSignIn signIn =
        session == null ? null : (SessionSignIn) session.getAttribute(SessionSignIn.ATTRIBUTE);
    boolean belongs = signIn != null && target.accepts(signIn.user());
    if (belongs && !withinLimits(session, signIn)) {
      session.invalidate();
      belongs = false;
    }
    if (belongs) {
      return context.notifyContainerAboutLogin(
          signIn.user(), signIn.user().operator() ? Set.of(OPERATOR_GROUP) : Set.of());
    }
    // Unknown and suspended tenants answer 404 later, as if they did not exist: no sign-in page.
    if (target.needsSignIn()
        && (target.operator() || registry.findActive(target.tenant()).isPresent())) {
      try {
        addresses.redirectToSignIn(request, response, target);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.doNothing();
  }

  /**
   * Whether the sign-in may go on under the limits that apply now; the session's idle timeout
   * (which the container enforces) follows a changed limit from this request on.
   */
  private boolean withinLimits(HttpSession session, SessionSignIn signIn) {
    Optional<SessionLimits.Limits> now = limits.of(signIn.user());
    if (now.isEmpty() || signIn.outlived(now.get().maxAge(), clock.instant())) {
      return false;
    }
    if (session.getMaxInactiveInterval() != now.get().idleSeconds()) {
      session.setMaxInactiveInterval(now.get().idleSeconds());
    }
    return true;
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, TenantCredential credential) {
    SignInResult result =
        authenticator.signIn(credential.email(), credential.password(), credential.code());
    request.setAttribute(RESULT, result);
    if (!result.signedIn()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    SecurityPolicy policy = policies.current();
    HttpSession session = newSession(request, (int) policy.sessionIdle().toSeconds());
    session.setAttribute(
        SessionSignIn.ATTRIBUTE,
        new SessionSignIn(
            result.user(),
            clock.instant(),
            result.passwordExpired(),
            result.secondFactorMissing()));
    // No groups: what a user may do is read from their roles on every request (CallerPermissions).
    return context.notifyContainerAboutLogin(result.user(), Set.of());
  }

  private AuthenticationStatus signInOperator(
      HttpServletRequest request, HttpMessageContext context, OperatorCredential credential) {
    Optional<SignedInUser> operator =
        operators.signIn(credential.username(), credential.password());
    request.setAttribute(RESULT, operator.isPresent());
    if (operator.isEmpty()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    HttpSession session = newSession(request, SessionLimits.OPERATOR.idleSeconds());
    session.setAttribute(
        SessionSignIn.ATTRIBUTE, new SessionSignIn(operator.get(), clock.instant(), false, false));
    return context.notifyContainerAboutLogin(operator.get(), Set.of(OPERATOR_GROUP));
  }

  /** A fresh session id at sign-in, so an id planted before it (session fixation) is worthless. */
  private static HttpSession newSession(HttpServletRequest request, int idleSeconds) {
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session.setMaxInactiveInterval(idleSeconds);
    return session;
  }
}
