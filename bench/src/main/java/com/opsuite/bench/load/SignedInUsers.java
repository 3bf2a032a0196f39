package com.opsuite.bench.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The people of a page scenario, signed in before it starts: a page session each (cookies) and, for
 * the API, a token per tenant. Sign-ins run a few at a time; each costs a deliberately slow
 * password hash on the server.
 */
final class SignedInUsers {

  private static final int PARALLEL = 4;

  private final URI base;
  private final String email;
  private final String password;

  SignedInUsers(URI base, String email, String password) {
    this.base = base;
    this.email = email;
    this.password = password;
  }

  /**
   * One feeder record per user, the user's tenant given: {@code tenant}, {@code token} and {@code
   * cookie_<name>} of its session.
   */
  List<Map<String, Object>> signIn(List<String> tenantOfUser) {
    Map<String, List<Integer>> usersOfTenant = new LinkedHashMap<>();
    for (int i = 0; i < tenantOfUser.size(); i++) {
      usersOfTenant.computeIfAbsent(tenantOfUser.get(i), t -> new ArrayList<>()).add(i);
    }
    List<Map<String, Object>> records =
        new ArrayList<>(Collections.nCopies(tenantOfUser.size(), null));
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    try {
      List<Future<?>> work = new ArrayList<>();
      usersOfTenant.forEach(
          (tenant, users) -> work.add(pool.submit(() -> signInOneByOne(tenant, users, records))));
      for (Future<?> done : work) {
        done.get();
      }
      return records;
    } catch (ExecutionException e) {
      throw new IllegalStateException("sign-in failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while signing in", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The tenant's users one after the other: they are all the same account, and two sign-ins of one
   * account at once make the second fail (both update the account's row; the loser answers 500).
   */
  private void signInOneByOne(
      String tenant, List<Integer> users, List<Map<String, Object>> records) {
    String token = new ProductApi(base).token(tenant, email, password);
    PageSignIn pages = new PageSignIn(base);
    for (int user : users) {
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("tenant", tenant);
      record.put("token", token);
      pages
          .signIn(tenant, email, password)
          .forEach((name, value) -> record.put("cookie_" + name, value));
      synchronized (records) {
        records.set(user, record);
      }
    }
  }

  /** The cookie names the records carry, for {@link PageVisits#carryCookies}. */
  static Set<String> cookieNames(List<Map<String, Object>> records) {
    Set<String> names = new LinkedHashSet<>();
    for (Map<String, Object> record : records) {
      for (String key : record.keySet()) {
        if (key.startsWith("cookie_")) {
          names.add(key.substring("cookie_".length()));
        }
      }
    }
    return names;
  }
}
