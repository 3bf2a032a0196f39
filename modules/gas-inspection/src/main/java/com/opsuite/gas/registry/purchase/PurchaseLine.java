package com.opsuite.gas.registry.purchase;

import java.io.Serializable;

/**
 * One purchase as the sales system wrote it, not yet checked: the row number as the user sees it (1
 * = first; for the API, the position in the array) and the fields as text.
 */
public record PurchaseLine(
    int row, String receiptNo, String cardNo, String date, String volumeM3, String amountYuan)
    implements Serializable {}
