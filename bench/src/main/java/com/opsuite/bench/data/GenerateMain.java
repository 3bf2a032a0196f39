package com.opsuite.bench.data;

import java.net.URI;

/**
 * Runs the generator alone against a running product: the template, copies up to the number of
 * tenants asked (checking the last copy over REST), and the big gas tenant unless its size is 0.
 *
 * <pre>
 * GenerateMain http://127.0.0.1:8080/ "jdbc:postgresql://127.0.0.1:5432/opsuite_bench?user=postgres" \
 *   1000 1.0 1000000 [purchases-per-customer, default 20]
 * </pre>
 */
public final class GenerateMain {

  private GenerateMain() {}

  public static void main(String[] args) {
    if (args.length < 5) {
      System.err.println(
          "arguments: base-url superuser-jdbc-url tenants scale big-customers"
              + " [purchases-per-customer]");
      System.exit(2);
    }
    long start = System.nanoTime();
    BenchData data = new BenchData(URI.create(args[0]), args[1]);
    int tenants = Integer.parseInt(args[2]);
    double scale = Double.parseDouble(args[3]);
    int bigCustomers = Integer.parseInt(args[4]);
    int perCustomer = args.length > 5 ? Integer.parseInt(args[5]) : 20;

    data.template(scale);
    if (bigCustomers > 0) {
      data.bigGas(bigCustomers, perCustomer);
    }
    data.growTo(tenants);
    if (tenants > 1) {
      data.checkLastCopy();
    }
    System.out.printf(
        "tenant-owned rows: %,d; all steps %,d ms%n",
        data.tenantOwnedRows(), StepClock.since(start).toMillis());
  }
}
