package com.opsuite.dental;

import com.opsuite.core.spi.VerticalModule;
import jakarta.enterprise.context.ApplicationScoped;

/** The dental-ops vertical as core sees it: everything it contributes is announced here. */
@ApplicationScoped
public class DentalOpsModule implements VerticalModule {

  @Override
  public String id() {
    return "dental-ops";
  }

  @Override
  public String messageBundle() {
    return "com.opsuite.dental.i18n.messages";
  }
}
