package com.opsuite.bench;

import com.opsuite.bench.data.BigGasTenant;
import com.opsuite.bench.data.TypicalTenants;
import java.net.URI;

/**
 * What the load scenarios run against: the running product (its address and process, whose RSS and
 * CPU are read) and the generated tenants.
 */
public record BenchTarget(URI base, long appPid, TypicalTenants typical, BigGasTenant big) {}
