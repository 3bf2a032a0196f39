package com.opsuite.appops;

import com.opsuite.core.spi.VerticalModule;
import jakarta.enterprise.context.ApplicationScoped;

/** The app-ops vertical as core sees it: everything it contributes is announced here. */
@ApplicationScoped
public class AppOpsModule implements VerticalModule {

  @Override
  public String id() {
    return "app-ops";
  }

  @Override
  public String messageBundle() {
    return "com.opsuite.appops.i18n.messages";
  }
}
