package com.meterbook.ui.dashboard;

import com.meterbook.domain.Money;

/**
 * One customer's pending charges in the shown cycle. {@code state} is {@code Invoice} when a close
 * would invoice the customer now, else what the customer carries against its threshold.
 */
public record CustomerRow(String account, String name, String plan, Money broughtForward, Money usage, Money recurring,
                          Money pending, boolean invoiced, String state) {
}
