package com.opsuite.bench.data;

/**
 * The one large gas utility: customers with ids from {@code firstCustomerId} to {@code
 * lastCustomerId} (contiguous), each with a meter, a card and its purchases; the user holds every
 * gas role.
 */
public record BigGasTenant(
    String code,
    String email,
    String password,
    long firstCustomerId,
    long lastCustomerId,
    long customers,
    long purchases) {}
