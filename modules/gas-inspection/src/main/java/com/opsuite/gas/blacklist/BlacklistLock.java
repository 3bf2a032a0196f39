package com.opsuite.gas.blacklist;

import com.opsuite.gas.task.NativeSql;
import jakarta.persistence.EntityManager;

/**
 * The per-tenant PostgreSQL advisory lock around changes to the blacklist, held until the
 * transaction ends: one run at a time per tenant on however many instances, and a purchase taking a
 * buyer off the list waits for a run instead of racing it.
 */
final class BlacklistLock {

  private BlacklistLock() {}

  /** Waits for the lock: a supervisor's run after another finished simply finds nothing to do. */
  static void await(EntityManager em, String tenant) {
    NativeSql.query(em, "SELECT pg_advisory_xact_lock(" + BlacklistSql.LOCK_KEY + ")::text", tenant)
        .getSingleResult();
  }

  /** Takes the lock unless someone holds it: the nightly timer leaves a busy tenant for later. */
  static boolean tryTake(EntityManager em, String tenant) {
    return Boolean.TRUE.equals(
        NativeSql.query(
                em, "SELECT pg_try_advisory_xact_lock(" + BlacklistSql.LOCK_KEY + ")", tenant)
            .getSingleResult());
  }

  /** Shared with other purchases, exclusive of a run. */
  static void share(EntityManager em, String tenant) {
    NativeSql.query(
            em, "SELECT pg_advisory_xact_lock_shared(" + BlacklistSql.LOCK_KEY + ")::text", tenant)
        .getSingleResult();
  }
}
