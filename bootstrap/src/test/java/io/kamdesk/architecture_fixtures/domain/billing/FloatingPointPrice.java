package io.kamdesk.architecture_fixtures.domain.billing;

/** Bad (rule 1): money in binary fractions. */
public class FloatingPointPrice {

    private double amount;
    private Float discount;
}
