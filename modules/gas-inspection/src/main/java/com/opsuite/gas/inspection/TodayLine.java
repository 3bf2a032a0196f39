package com.opsuite.gas.inspection;

import com.opsuite.gas.task.TaskKind;
import java.time.LocalDate;

/**
 * One stop of an inspector's day: the task, where it is, the draft begun there if any, and whether
 * the customer is a key customer (flagged for closer audit).
 */
public record TodayLine(
    long taskId,
    TaskKind kind,
    LocalDate dueOn,
    boolean overdue,
    long customerId,
    String customerNo,
    String customerName,
    String address,
    String areaName,
    Long draftInspectionId,
    boolean keyCustomer) {}
