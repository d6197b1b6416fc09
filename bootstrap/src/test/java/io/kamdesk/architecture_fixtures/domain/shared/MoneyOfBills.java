package io.kamdesk.architecture_fixtures.domain.shared;

import io.kamdesk.architecture_fixtures.domain.billing.Bill;
import java.util.List;

/** Bad (rule 6): shared → billing while billing → shared (Bill holds Money), a cycle. */
public record MoneyOfBills(List<Bill> bills) {
}
