package com.opsuite.gas.inspection;

import com.opsuite.gas.task.TaskKind;
import java.time.LocalDate;

/** One stop of an inspector's day: the task, where it is, and the draft begun there if any. */
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
    Long draftInspectionId) {}
