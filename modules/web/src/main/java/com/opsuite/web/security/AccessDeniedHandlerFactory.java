package com.opsuite.web.security;

import com.opsuite.core.security.AccessDeniedException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * An action refused for a missing permission answers 403 (the forbidden page) instead of an error:
 * the same answer a page gives. Other exceptions pass on unchanged.
 */
public class AccessDeniedHandlerFactory extends ExceptionHandlerFactory {

  public AccessDeniedHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        AccessDeniedException denied = denied(events.next().getContext().getException());
        if (denied != null) {
          events.remove();
          FacesContext faces = FacesContext.getCurrentInstance();
          try {
            if (faces.getPartialViewContext().isAjaxRequest()) {
              // Ajax cannot show an error page in place: the browser goes to it.
              faces.getExternalContext().redirect(forbiddenUrl(faces));
            } else {
              faces.getExternalContext().responseSendError(403, denied.permission());
            }
          } catch (IOException e) {
            throw new FacesException(e);
          }
          faces.responseComplete();
        }
      }
      getWrapped().handle();
    }

    private static String forbiddenUrl(FacesContext faces) {
      return faces.getExternalContext().getRequestContextPath() + "/forbidden.xhtml";
    }

    private static AccessDeniedException denied(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof AccessDeniedException denied) {
          return denied;
        }
      }
      return null;
    }
  }
}
