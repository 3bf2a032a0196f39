package com.opsuite.core.kpi.formula;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.ImportHandler;
import jakarta.el.MethodNotFoundException;
import jakarta.el.PropertyNotFoundException;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.ValueExpression;
import jakarta.el.VariableMapper;
import java.util.Map;
import java.util.function.Function;

/**
 * The Jakarta EL context formulas run in: the second wall after the grammar. Its resolver knows the
 * formula's own operands and nothing else (no beans, no implicit objects, no classes: the import
 * handler resolves none), it refuses every property of a value, every method call and every
 * assignment, variables cannot be set and lambdas cannot run. Even EL text that never went through
 * {@link FormulaParser} can compute here, and do nothing else.
 */
final class FormulaSandbox extends ELContext {

  private static final ImportHandler NO_IMPORTS =
      new ImportHandler() {
        @Override
        public Class<?> resolveClass(String name) {
          return null;
        }

        @Override
        public Class<?> resolveStatic(String name) {
          return null;
        }
      };

  private static final VariableMapper NO_VARIABLES =
      new VariableMapper() {
        @Override
        public ValueExpression resolveVariable(String variable) {
          return null;
        }

        @Override
        public ValueExpression setVariable(String variable, ValueExpression expression) {
          throw new ELException("Formulas cannot define variables");
        }
      };

  private final ELResolver resolver;

  /** {@code operands} answers a name the formula was compiled with, or null for any other. */
  FormulaSandbox(Function<String, Object> operands) {
    this.resolver = new OperandResolver(operands);
  }

  @Override
  public ELResolver getELResolver() {
    return resolver;
  }

  @Override
  public FunctionMapper getFunctionMapper() {
    return FormulaFunctions.MAPPER;
  }

  @Override
  public VariableMapper getVariableMapper() {
    return NO_VARIABLES;
  }

  @Override
  public ImportHandler getImportHandler() {
    return NO_IMPORTS;
  }

  @Override
  public void enterLambdaScope(Map<String, Object> args) {
    throw new ELException("Formulas cannot run lambdas");
  }

  /** Resolves the formula's operand names, read-only; refuses everything else by throwing. */
  private static final class OperandResolver extends ELResolver {

    private final Function<String, Object> operands;

    OperandResolver(Function<String, Object> operands) {
      this.operands = operands;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      if (base == null && property instanceof String name) {
        Object value = operands.apply(name);
        if (value != null) {
          context.setPropertyResolved(true);
          return value;
        }
      }
      throw new PropertyNotFoundException("Formulas know their operands only: " + property);
    }

    @Override
    public Object invoke(
        ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
      throw new MethodNotFoundException("Formulas cannot call methods: " + method);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
      throw new PropertyNotWritableException("Formulas cannot assign: " + property);
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return null;
    }
  }
}
