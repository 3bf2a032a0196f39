package com.opsuite.core.kpi.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELException;
import jakarta.el.ExpressionFactory;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The second wall: raw Jakarta EL, as if the parser had let something through, evaluated in the
 * sandbox. It computes with its operands and whitelisted functions and refuses everything else.
 */
class FormulaSandboxTest {

  private static final ExpressionFactory EL = ExpressionFactory.newInstance();

  private static Object eval(String expression) {
    FormulaSandbox sandbox = new FormulaSandbox(Map.of("v0", new BigDecimal("4"))::get);
    return EL.createValueExpression(sandbox, expression, Object.class).getValue(sandbox);
  }

  @Test
  void computesWithOperandsAndWhitelistedFunctions() {
    assertEquals(new BigDecimal("2"), eval("${f:min(v0, 2)}"));
    assertEquals(new BigDecimal("8"), eval("${v0 * 2}"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${v0.class}",
        "${v0.scale}",
        "${v0.toString()}",
        "${''.getClass().forName('java.lang.Runtime')}",
        "${Math.max(1, 2)}",
        "${System.getProperty('user.home')}",
        "${Runtime.getRuntime()}",
        "${v0 = 5}",
        "${x = 5; x}",
        "${(x -> x + 1)(1)}",
        "${f = x -> x; f(1)}",
        "${[1, 2].stream().count()}",
        "${facesContext}",
        "${applicationScope}",
        "${param}",
        "${fn:length('abc')}",
        "${f:exit(0)}",
        "${v1}",
      })
  void refusesEverythingElse(String expression) {
    ELException e = assertThrows(ELException.class, () -> eval(expression), expression);
    // Refused by the sandbox itself (or, for functions, by its function mapper), not by accident.
    assertTrue(
        e.getMessage().startsWith("Formulas ") || e.getMessage().matches("Function '.*' not found"),
        expression + " -> " + e);
  }
}
