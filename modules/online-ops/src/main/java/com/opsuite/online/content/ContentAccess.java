package com.opsuite.online.content;

import com.opsuite.core.security.AccessDeniedException;
import com.opsuite.core.security.CallerIdentity;
import com.opsuite.core.security.CallerPermissions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Who may do what with content. Editors, reviewers and publishers all read the pieces (they write,
 * review and put them out); each step of the lifecycle needs its own permission.
 */
@Named("onlineContentAccess")
@RequestScoped
public class ContentAccess {

  public static final String EDIT = "online.content.edit";
  public static final String REVIEW = "online.content.review";
  public static final String PUBLISH = "online.content.publish";

  @Inject CallerPermissions permissions;

  public boolean mayRead() {
    return permissions.has(EDIT) || permissions.has(REVIEW) || permissions.has(PUBLISH);
  }

  public boolean mayEdit() {
    return permissions.has(EDIT);
  }

  public boolean mayPublish() {
    return permissions.has(PUBLISH);
  }

  public void requireRead() {
    if (!mayRead()) {
      throw new AccessDeniedException(EDIT, permissions.caller().isPresent());
    }
  }

  public void require(String permission) {
    permissions.require(permission);
  }

  /** The signed-in user of the tenant; a platform operator writes no content. */
  public long userId() {
    return permissions
        .caller()
        .filter(c -> !c.operator())
        .map(CallerIdentity::accountId)
        .orElseThrow(() -> new AccessDeniedException(EDIT, permissions.caller().isPresent()));
  }

  public boolean mayReadConfidential() {
    return permissions.has(com.opsuite.core.security.CorePermissions.CONFIDENTIAL_READ);
  }
}
