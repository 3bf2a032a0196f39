package com.opsuite.gas;

import com.opsuite.core.spi.VerticalModule;
import jakarta.enterprise.context.ApplicationScoped;

/** The gas-inspection vertical as core sees it: everything it contributes is announced here. */
@ApplicationScoped
public class GasInspectionModule implements VerticalModule {

  @Override
  public String id() {
    return "gas-inspection";
  }

  @Override
  public String messageBundle() {
    return "com.opsuite.gas.i18n.messages";
  }
}
