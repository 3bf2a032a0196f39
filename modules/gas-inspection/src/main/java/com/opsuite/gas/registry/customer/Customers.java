package com.opsuite.gas.registry.customer;

import com.opsuite.core.audit.AuditLog;
import com.opsuite.core.persistence.CappedCount;
import com.opsuite.core.persistence.Like;
import com.opsuite.core.tenancy.TenantBound;
import com.opsuite.core.validation.InvalidInputException.Violation;
import com.opsuite.gas.registry.Area;
import com.opsuite.gas.registry.Customer;
import com.opsuite.gas.registry.Purchase;
import com.opsuite.gas.registry.RegistryInvalidInput;
import com.opsuite.gas.registry.RegistryRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The utility's customers: searched page by page, created, and edited under optimistic locking. */
@ApplicationScoped
@Transactional
@TenantBound
public class Customers {

  /** Below this many matches a search for words sorts them rather than walking the index. */
  static final int FEW_MATCHES = 1_000;

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  public Customer get(long id) {
    Customer customer = em.find(Customer.class, id);
    if (customer == null) {
      throw RegistryRefused.notFound();
    }
    return customer;
  }

  /**
   * One page of the customers the query finds, by customer number, starting after the customer
   * number {@code after} when one is given: keyset paging, which reads the index from that number
   * on, so a page deep in a million customers costs what the first one does (an offset reads and
   * discards every row before it).
   *
   * <p>{@code found} is the query's {@link #count}, and decides how a search for words is read. No
   * index serves words anywhere under row-level security (see the V6 migration), and the planner
   * guesses the same share of matches for every word: it walks the customer-number index until the
   * page is full, which for a rare word means every customer of the tenant, row by row. The count
   * knows better: words found fewer than {@link #FEW_MATCHES} times are collected in one scan and
   * sorted instead (ordered by an expression the index cannot provide: same order).
   */
  public List<Customer> search(
      CustomerQuery query, String after, int first, int max, CappedCount found) {
    String where = where(query);
    if (after != null) {
      where += (where.isEmpty() ? " WHERE" : " AND") + " c.customerNo > :after";
    }
    boolean sortMatches = hasWords(query) && !found.capped() && found.value() < FEW_MATCHES;
    String order = sortMatches ? "CONCAT(c.customerNo, '')" : "c.customerNo";
    TypedQuery<Customer> q =
        bind(
            em.createQuery(
                "SELECT c FROM Customer c" + where + " ORDER BY " + order + ", c.id",
                Customer.class),
            query);
    if (after != null) {
      q.setParameter("after", after);
    }
    return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList();
  }

  /**
   * How many customers the query finds, up to {@link CappedCount#CAP}: the filters' indexes answer
   * whether there are more than that; a search for words, which scans, counts in the same pass.
   */
  public CappedCount count(CustomerQuery query) {
    // The number, not the id: every index of the list holds it, so the probe reads only an index.
    TypedQuery<String> numbers =
        bind(
            em.createQuery("SELECT c.customerNo FROM Customer c" + where(query), String.class),
            query);
    if (hasWords(query)) {
      return CappedCount.ofRows(numbers);
    }
    return CappedCount.of(
        numbers,
        bind(em.createQuery("SELECT COUNT(c) FROM Customer c" + where(query), Long.class), query));
  }

  /** The customers' area names by area id, for lists. */
  public Map<Long, String> areaNames() {
    Map<Long, String> names = new HashMap<>();
    em.createQuery("SELECT a FROM Area a", Area.class)
        .getResultList()
        .forEach(a -> names.put(a.getId(), a.getName()));
    return names;
  }

  public Customer create(CustomerForm form, String by) {
    List<Violation> problems = form.problems(true);
    checkArea(form, problems);
    String number = CustomerForm.clean(form.customerNo());
    if (number != null
        && em.createQuery("SELECT COUNT(c) FROM Customer c WHERE c.customerNo = :no", Long.class)
                .setParameter("no", number)
                .getSingleResult()
            > 0) {
      problems.add(new Violation("customerNo", "registry.customer.numberTaken", number));
    }
    if (!problems.isEmpty()) {
      throw new RegistryInvalidInput(problems);
    }
    Customer customer =
        new Customer(
            number, form.name().strip(), form.kind(), form.areaId(), form.address().strip());
    apply(customer, form);
    em.persist(customer);
    em.flush();
    audit.record(by, "gas.customer.created", "gas-customer:" + customer.getId(), null, number);
    return customer;
  }

  /** Changes the customer as the form says, unless someone changed it since {@code version}. */
  public Customer update(long id, CustomerForm form, String by) {
    Customer customer = get(id);
    if (form.version() == null) {
      throw RegistryInvalidInput.of("version", "registry.versionRequired");
    }
    if (form.version() != customer.getVersion()) {
      throw new OptimisticLockException(customer);
    }
    List<Violation> problems = form.problems(false);
    checkArea(form, problems);
    if (!problems.isEmpty()) {
      throw new RegistryInvalidInput(problems);
    }
    String before = describe(customer);
    customer.setName(form.name().strip());
    customer.setKind(form.kind());
    customer.setAreaId(form.areaId());
    customer.setAddress(form.address().strip());
    apply(customer, form);
    em.flush();
    audit.record(by, "gas.customer.changed", "gas-customer:" + id, before, describe(customer));
    return customer;
  }

  /** The customer's latest purchases, newest first. */
  public List<Purchase> latestPurchases(long customerId, int max) {
    return em.createQuery(
            "SELECT p FROM Purchase p WHERE p.customerId = :c"
                + " ORDER BY p.purchasedOn DESC, p.id DESC",
            Purchase.class)
        .setParameter("c", customerId)
        .setMaxResults(max)
        .getResultList();
  }

  private void checkArea(CustomerForm form, List<Violation> problems) {
    if (form.areaId() != null && em.find(Area.class, form.areaId()) == null) {
      problems.add(new Violation("areaId", "registry.areaUnknown"));
    }
  }

  private static void apply(Customer customer, CustomerForm form) {
    customer.setKeyCustomer(Boolean.TRUE.equals(form.keyCustomer()));
    customer.setContactName(CustomerForm.clean(form.contactName()));
    customer.setPhone(CustomerForm.clean(form.phone()));
  }

  private static String describe(Customer c) {
    return String.join(
        "|",
        c.getName(),
        c.getKind().name(),
        String.valueOf(c.isKeyCustomer()),
        String.valueOf(c.getAreaId()),
        c.getAddress(),
        String.valueOf(c.getContactName()),
        String.valueOf(c.getPhone()));
  }

  /**
   * The query's conditions; none when it filters nothing (no {@code 1 = 1}: EclipseLink binds its
   * literals, and a prepared statement's generic plan guesses {@code $1 = $2} keeps 1 row in 200).
   */
  private static String where(CustomerQuery query) {
    List<String> conditions = new ArrayList<>();
    if (hasWords(query)) {
      conditions.add(
          "(LOWER(c.name) LIKE :q"
              + Like.ESCAPE
              + " OR LOWER(c.customerNo) LIKE :q"
              + Like.ESCAPE
              + " OR LOWER(c.address) LIKE :q"
              + Like.ESCAPE
              + ")");
    }
    if (query.areaId() != null) {
      conditions.add("c.areaId = :area");
    }
    if (query.kind() != null) {
      conditions.add("c.kind = :kind");
    }
    if (query.keyCustomer() != null) {
      conditions.add("c.keyCustomer = :key");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static boolean hasWords(CustomerQuery query) {
    return query.q() != null && !query.q().isBlank();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, CustomerQuery query) {
    if (hasWords(query)) {
      q.setParameter("q", Like.containing(query.q()));
    }
    if (query.areaId() != null) {
      q.setParameter("area", query.areaId());
    }
    if (query.kind() != null) {
      q.setParameter("kind", query.kind());
    }
    if (query.keyCustomer() != null) {
      q.setParameter("key", query.keyCustomer());
    }
    return q;
  }
}
