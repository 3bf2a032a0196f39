package com.opsuite.online.campaign;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A campaign's plan as the planner writes it, on the page or through the API. The constraints'
 * messages are keys of the module's bundle, localized where the refusal is shown.
 */
public record CampaignPlanInput(
    @NotBlank(message = "campaign.invalid.theme")
        @Size(max = 200, message = "campaign.invalid.theme")
        String theme,
    @NotBlank(message = "campaign.invalid.goal")
        @Size(max = 1000, message = "campaign.invalid.goal")
        String goal,
    @NotNull(message = "campaign.invalid.goalMetric")
        @Pattern(regexp = "[a-z][a-zA-Z0-9_-]{0,39}", message = "campaign.invalid.goalMetric")
        String goalMetric,
    @NotNull(message = "campaign.invalid.goalTarget")
        @DecimalMin(value = "0", inclusive = false, message = "campaign.invalid.goalTarget")
        @Digits(integer = 12, fraction = 2, message = "campaign.invalid.goalTarget")
        BigDecimal goalTarget,
    @NotNull(message = "campaign.invalid.startsOn") LocalDate startsOn,
    @NotNull(message = "campaign.invalid.endsOn") LocalDate endsOn,
    @NotNull(message = "campaign.invalid.mode") CampaignMode mode,
    @Size(max = 20000, message = "campaign.invalid.rules") String rules,
    @Size(max = 2000, message = "campaign.invalid.prizes") String prizes,
    @Size(max = 2000, message = "campaign.invalid.resources") String resources,
    @NotNull(message = "campaign.invalid.costEstimate")
        @DecimalMin(value = "0", message = "campaign.invalid.costEstimate")
        @DecimalMax(value = "999999999999.99", message = "campaign.invalid.costEstimate")
        @Digits(integer = 12, fraction = 2, message = "campaign.invalid.costEstimate")
        BigDecimal costEstimate,
    @NotNull(message = "campaign.invalid.expectedRevenue")
        @DecimalMin(value = "0", message = "campaign.invalid.expectedRevenue")
        @DecimalMax(value = "999999999999.99", message = "campaign.invalid.expectedRevenue")
        @Digits(integer = 12, fraction = 2, message = "campaign.invalid.expectedRevenue")
        BigDecimal expectedRevenue,
    Long ownerId) {}
