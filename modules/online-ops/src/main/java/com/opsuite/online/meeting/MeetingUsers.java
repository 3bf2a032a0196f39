package com.opsuite.online.meeting;

import com.opsuite.core.identity.UserAccount;
import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The tenant's people an action may be given to. */
@ApplicationScoped
@Transactional
@TenantBound
public class MeetingUsers {

  @PersistenceContext EntityManager em;

  public List<UserAccount> all() {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.active = true ORDER BY u.displayName, u.id",
            UserAccount.class)
        .getResultList();
  }
}
