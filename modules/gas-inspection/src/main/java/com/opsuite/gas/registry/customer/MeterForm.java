package com.opsuite.gas.registry.customer;

import com.opsuite.gas.registry.SealState;
import java.time.LocalDate;

/**
 * The meter at a customer's: a new number replaces the meter (the old one stays as history), the
 * same number updates its type and seal. {@code version} is the meter's as loaded.
 */
public record MeterForm(
    String meterNo,
    String meterType,
    String sealNo,
    SealState sealState,
    LocalDate installedOn,
    Long version) {}
