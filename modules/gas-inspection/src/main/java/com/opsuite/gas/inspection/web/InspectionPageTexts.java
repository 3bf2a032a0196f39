package com.opsuite.gas.inspection.web;

import com.opsuite.core.i18n.LocalizedBundles;
import com.opsuite.gas.inspection.InspectionTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ResourceBundle;

/**
 * The module's bundle for its pages, as {@code inspectionText['key']}: in the view's language and
 * never the server's default one (the pages' {@code msg} is the web module's bundle).
 */
@ApplicationScoped
public class InspectionPageTexts {

  @Produces
  @Named("inspectionText")
  @Dependent
  public ResourceBundle bundle() {
    return LocalizedBundles.bundle(
        InspectionTexts.BUNDLE,
        FacesContext.getCurrentInstance().getViewRoot().getLocale(),
        InspectionTexts.class.getClassLoader());
  }
}
