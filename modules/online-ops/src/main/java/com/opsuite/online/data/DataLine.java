package com.opsuite.online.data;

/**
 * A row of platform data as given, every value still text: from a file (its row number) or from a
 * JSON batch (its position). The platform is named by id or by name.
 */
public record DataLine(
    int row,
    String platform,
    String week,
    String followers,
    String newFollowers,
    String reads,
    String interactions,
    String visits,
    String conversions) {}
