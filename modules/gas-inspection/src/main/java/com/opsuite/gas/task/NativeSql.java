package com.opsuite.gas.task;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Native SQL for the set-based jobs: EclipseLink refuses native queries once multitenant entities
 * exist unless a query says it means it. Every statement must filter {@code tenant_id} itself
 * (row-level security is the second wall, not the first).
 */
public final class NativeSql {

  private NativeSql() {}

  public static Query query(EntityManager em, String sql, Object... params) {
    Query query =
        em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", true);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    return query;
  }

  public static int update(EntityManager em, String sql, Object... params) {
    return query(em, sql, params).executeUpdate();
  }

  public static long count(EntityManager em, String sql, Object... params) {
    return ((Number) query(em, sql, params).getSingleResult()).longValue();
  }
}
