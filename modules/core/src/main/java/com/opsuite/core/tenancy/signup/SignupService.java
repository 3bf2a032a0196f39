package com.opsuite.core.tenancy.signup;

import com.opsuite.core.i18n.SupportedLocales;
import com.opsuite.core.identity.PasswordRules;
import com.opsuite.core.module.ModuleRegistry;
import com.opsuite.core.persistence.UniqueViolation;
import com.opsuite.core.tenancy.Tenant;
import com.opsuite.core.tenancy.TenantRef;
import com.opsuite.core.tenancy.TenantScope;
import com.opsuite.core.validation.InvalidInputException;
import com.opsuite.core.validation.InvalidInputException.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Self-service signup: checks everything first and reports every problem at once, then creates the
 * tenant, its administrator and its modules in one transaction.
 */
@ApplicationScoped
public class SignupService {

  static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  @Inject Validator validator;
  @Inject ModuleRegistry moduleRegistry;
  @Inject TenantScope tenantScope;
  @Inject TenantCreation creation;

  public TenantRef signUp(SignupRequest request) {
    List<Violation> violations = check(request);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    Locale locale = SupportedLocales.forTag(request.locale()).orElse(SupportedLocales.CHINESE);
    Tenant tenant =
        new Tenant(request.tenantCode(), request.companyName().strip(), locale, DEFAULT_ZONE);
    TenantRef ref = tenant.ref();
    List<String> modules =
        request.modules() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.modules()));
    try {
      tenantScope.run(
          ref,
          () ->
              creation.create(
                  tenant,
                  new TenantCreation.NewAdmin(
                      request.adminName().strip(), request.email().strip(), request.password()),
                  modules));
    } catch (RuntimeException e) {
      if (e instanceof InvalidInputException) {
        throw e;
      }
      if (causedByDuplicate(e)) {
        throw InvalidInputException.of("tenantCode", "signup.code.taken");
      }
      throw e;
    }
    return ref;
  }

  List<Violation> check(SignupRequest request) {
    List<Violation> violations = new ArrayList<>();
    validator.validate(request).stream()
        .sorted(
            Comparator.comparing(
                (ConstraintViolation<SignupRequest> v) -> v.getPropertyPath().toString()))
        .forEach(
            v ->
                violations.add(
                    new Violation(
                        v.getPropertyPath().toString(), unbraced(v.getMessageTemplate()))));
    if (request.password() != null && !request.password().isBlank()) {
      PasswordRules.violations(request.password())
          .forEach(p -> violations.add(new Violation("password", p.key(), p.args())));
    }
    if (request.locale() != null
        && !request.locale().isBlank()
        && SupportedLocales.forTag(request.locale()).isEmpty()) {
      violations.add(new Violation("locale", "signup.locale.unsupported"));
    }
    if (request.modules() != null) {
      for (String module : request.modules()) {
        if (module == null || moduleRegistry.find(module).isEmpty()) {
          violations.add(new Violation("modules", "signup.modules.unknown"));
          break;
        }
      }
    }
    return violations;
  }

  private static String unbraced(String template) {
    return template.startsWith("{") && template.endsWith("}")
        ? template.substring(1, template.length() - 1)
        : template;
  }

  /** A unique-key violation on commit: another signup took the code a moment earlier. */
  private static boolean causedByDuplicate(Throwable e) {
    return UniqueViolation.causes(e);
  }
}
