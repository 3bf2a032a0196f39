package com.opsuite.gas.registry.customer;

import com.opsuite.gas.registry.CustomerKind;

/**
 * A filter of the customer list: words of the name, number or address, an area, a kind, key
 * customers only or not; null parts filter nothing.
 */
public record CustomerQuery(String q, Long areaId, CustomerKind kind, Boolean keyCustomer) {

  public static final CustomerQuery ALL = new CustomerQuery(null, null, null, null);
}
