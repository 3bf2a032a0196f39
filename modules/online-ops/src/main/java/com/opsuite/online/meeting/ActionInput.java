package com.opsuite.online.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An improvement action as the API and the page send it: the month of the meeting that agreed it
 * ({@code 2026-10}), what is to be done, who owns it and by when; the status and version when it is
 * changed.
 */
public record ActionInput(
    @NotBlank(message = "meeting.action.monthRequired")
        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "meeting.action.monthInvalid")
        String meetingMonth,
    @NotBlank(message = "meeting.action.textRequired")
        @Size(max = 1000, message = "meeting.action.textTooLong")
        String text,
    Long ownerId,
    LocalDate dueOn,
    ActionStatus status,
    Long version) {}
