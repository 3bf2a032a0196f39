package com.opsuite.core.identity;

import com.opsuite.core.tenancy.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The current tenant's user accounts. */
@ApplicationScoped
@Transactional
@TenantBound
public class UserAccounts {

  @PersistenceContext EntityManager em;

  public Optional<UserAccount> findByEmail(String email) {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE LOWER(u.email) = :email", UserAccount.class)
        .setParameter("email", email.toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  public Optional<UserAccount> find(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  public boolean isActive(long id) {
    return find(id).map(UserAccount::isActive).orElse(false);
  }

  public List<UserAccount> all() {
    return em.createQuery(
            "SELECT u FROM UserAccount u ORDER BY u.displayName, u.email", UserAccount.class)
        .getResultList();
  }

  /** Writes pending changes now, e.g. so a new account's id can be referenced. */
  public void flush() {
    em.flush();
  }

  public UserAccount add(UserAccount account) {
    em.persist(account);
    return account;
  }
}
