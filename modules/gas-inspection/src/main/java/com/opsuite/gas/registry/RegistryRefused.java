package com.opsuite.gas.registry;

/**
 * A registry action that cannot be done as asked: no such record in this tenant (404), or it
 * conflicts with what is stored (409). The message key, in the gas bundle, explains it.
 */
public class RegistryRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String messageKey;
  private final transient Object[] args;

  public RegistryRefused(int status, String messageKey, Object... args) {
    super(status + " " + messageKey);
    this.status = status;
    this.messageKey = messageKey;
    this.args = args;
  }

  public static RegistryRefused notFound() {
    return new RegistryRefused(404, "registry.notFound");
  }

  public static RegistryRefused conflict(String messageKey, Object... args) {
    return new RegistryRefused(409, messageKey, args);
  }

  public int status() {
    return status;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args;
  }
}
