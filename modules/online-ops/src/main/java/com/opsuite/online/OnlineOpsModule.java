package com.opsuite.online;

import com.opsuite.core.spi.VerticalModule;
import jakarta.enterprise.context.ApplicationScoped;

/** The online-ops vertical as core sees it: everything it contributes is announced here. */
@ApplicationScoped
public class OnlineOpsModule implements VerticalModule {

  @Override
  public String id() {
    return "online-ops";
  }

  @Override
  public String messageBundle() {
    return "com.opsuite.online.i18n.messages";
  }
}
