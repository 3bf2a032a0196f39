package com.opsuite.bench.data;

import java.util.List;

/**
 * The typical tenants: copies of one template tenant built through the product's REST API, so every
 * one holds the same rows under the same ids, and the same user signs in to each with the same
 * password. That user holds every module's roles, so every scenario can act as them.
 *
 * @param codes tenant codes, the template's first
 * @param customerIds gas customers of each tenant
 * @param ticketIds online-ops customer-service tickets of each tenant
 * @param contentIds online-ops content items of each tenant
 */
public record TypicalTenants(
    List<String> codes,
    String email,
    String password,
    List<Long> customerIds,
    List<Long> ticketIds,
    List<Long> contentIds) {}
