package com.opsuite.core.confidentiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.opsuite.core.persistence.TenantOwned;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The confidentiality criteria of {@link ClassifiedRecord} as EclipseLink applies them on
 * PostgreSQL, combined with the tenant filter: every way of reading a row honours both.
 */
class ClassifiedRecordDatabaseTest {

  static final String SERVER =
      System.getProperty("test.db.server", "jdbc:postgresql://127.0.0.1:5432/");
  static final String DATABASE = "opsuite_core_records_test";
  static final String USER = System.getProperty("test.db.user", "postgres");

  static EntityManagerFactory factory;

  @BeforeAll
  static void database() throws SQLException {
    try (Connection server = DriverManager.getConnection(SERVER + "postgres", USER, "");
        Statement sql = server.createStatement()) {
      ResultSet exists =
          sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
      if (!exists.next()) {
        sql.execute("CREATE DATABASE " + DATABASE);
      }
    }
    try (Connection db = DriverManager.getConnection(SERVER + DATABASE, USER, "");
        Statement sql = db.createStatement()) {
      sql.execute("DROP TABLE IF EXISTS classified_note, plain_note");
      sql.execute(
          "CREATE TABLE plain_note (tenant_id varchar(40) NOT NULL, id bigint NOT NULL,"
              + " PRIMARY KEY (tenant_id, id))");
      sql.execute(
          "CREATE TABLE classified_note (tenant_id varchar(40) NOT NULL, id bigint NOT NULL,"
              + " title text, classification varchar(20) NOT NULL,"
              + " PRIMARY KEY (tenant_id, id))");
      sql.execute(
          "INSERT INTO classified_note VALUES"
              + " ('a', 1, 'A plan', 'INTERNAL'), ('a', 2, 'A secret', 'CONFIDENTIAL'),"
              + " ('b', 1, 'B plan', 'INTERNAL'), ('b', 3, 'B secret', 'CONFIDENTIAL')");
    }
    factory =
        Persistence.createEntityManagerFactory(
            "core-records-test",
            Map.of(
                "jakarta.persistence.jdbc.url",
                SERVER + DATABASE,
                "jakarta.persistence.jdbc.user",
                USER,
                "jakarta.persistence.jdbc.password",
                ""));
  }

  @AfterAll
  static void close() {
    if (factory != null) {
      factory.close();
    }
  }

  /** Bound the way the container's tenant interceptor binds a transaction's persistence context. */
  static EntityManager session(String tenant, String confidential) {
    EntityManager em = factory.createEntityManager();
    em.setProperty(TenantOwned.TENANT_PROPERTY, tenant);
    em.setProperty(ClassifiedRecord.READ_PARAMETER, confidential);
    return em;
  }

  static List<String> titles(EntityManager em) {
    return em.createQuery("SELECT n.title FROM ClassifiedNote n ORDER BY n.id", String.class)
        .getResultList();
  }

  @Test
  void withoutThePermissionOnlyInternalRecordsOfTheTenantAreRead() {
    EntityManager em = session("a", ClassifiedRecord.HIDDEN);
    assertEquals(List.of("A plan"), titles(em));
    assertNull(em.find(ClassifiedNote.class, 2L), "find by id must not reveal it either");
    assertEquals(
        1L, em.createQuery("SELECT COUNT(n) FROM ClassifiedNote n", Long.class).getSingleResult());
    em.close();
  }

  @Test
  void withThePermissionConfidentialRecordsOfTheTenantAreReadButNeverAnotherTenants() {
    EntityManager em = session("a", ClassifiedRecord.READABLE);
    assertEquals(List.of("A plan", "A secret"), titles(em));
    assertNotNull(em.find(ClassifiedNote.class, 2L));
    assertNull(em.find(ClassifiedNote.class, 3L), "tenant b's confidential note");
    em.close();
  }

  @Test
  void theDecisionTakesEffectAfterOtherRecordsWereReadInTheSameSession() {
    // The interceptor reads the caller's roles before it can decide; the decision must still hold.
    EntityManager em = factory.createEntityManager();
    em.setProperty(TenantOwned.TENANT_PROPERTY, "a");
    em.createQuery("SELECT p FROM PlainNote p", PlainNote.class).getResultList();
    em.setProperty(ClassifiedRecord.READ_PARAMETER, ClassifiedRecord.HIDDEN);
    assertEquals(List.of("A plan"), titles(em));
    em.close();
    EntityManager reader = factory.createEntityManager();
    reader.setProperty(TenantOwned.TENANT_PROPERTY, "a");
    reader.createQuery("SELECT p FROM PlainNote p", PlainNote.class).getResultList();
    reader.setProperty(ClassifiedRecord.READ_PARAMETER, ClassifiedRecord.READABLE);
    assertEquals(List.of("A plan", "A secret"), titles(reader));
    reader.close();
  }

  @Test
  void aBulkUpdateCannotTouchHiddenRecords() {
    EntityManager em = session("a", ClassifiedRecord.HIDDEN);
    em.getTransaction().begin();
    int changed =
        em.createQuery("UPDATE ClassifiedNote n SET n.title = CONCAT(n.title, '!')")
            .executeUpdate();
    em.getTransaction().rollback();
    em.close();
    assertEquals(1, changed);
  }

  @Test
  void aSessionThatNeverDecidedReadsNothingConfidential() {
    EntityManager em = factory.createEntityManager();
    em.setProperty(TenantOwned.TENANT_PROPERTY, "a");
    assertThrows(PersistenceException.class, () -> titles(em));
    em.close();
  }
}
