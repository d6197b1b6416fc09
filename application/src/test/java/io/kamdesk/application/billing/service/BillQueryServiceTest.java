package io.kamdesk.application.billing.service;

import static io.kamdesk.domain.billing.BandwidthComponent.IIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.billing.port.in.BillSortField;
import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.application.billing.port.in.ListBillsQuery;
import io.kamdesk.application.billing.port.in.ListBillsUseCase;
import io.kamdesk.application.billing.port.out.BillableCustomers.BilledCustomer;
import io.kamdesk.application.billing.testing.BillingFakes;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.PageRequest;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.testing.CollectingSink;
import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillCharges;
import io.kamdesk.domain.billing.BillLine;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.billing.Quantity;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Subject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BillQueryServiceTest {

    private final BillingFakes fakes = new BillingFakes();
    private final ListBillsUseCase service = new BillQueryService(fakes.bills());

    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("john");
    private final Viewer manager = fakes.givenManager("maria");
    private final BilledCustomer acme = fakes.givenCustomer(jane.userId(), "Acme Inc", "Acme");
    private final BilledCustomer beta = fakes.givenCustomer(jane.userId(), "Beta Broadband", "Beta Holdings");
    private final BilledCustomer zeta = fakes.givenCustomer(john.userId(), "Zeta Net", "");

    // ids 1 to 4 in this order; created a minute apart
    private final Bill october = given(acme, "2025-10-31", "1000", "1000", BillStatus.ACTIVE, "CAP-A", "October");
    private final Bill november = given(acme, "2025-11-30", "1050", "100", BillStatus.ACTIVE, "CAP-B", "Paid late");
    private final Bill undated = given(beta, null, "20", "0", BillStatus.INACTIVE, "", "Trial month");
    private final Bill johns = given(zeta, "2025-11-30", "500", "0", BillStatus.ACTIVE, "CAP-Z", "");

    private Bill given(BilledCustomer customer, String billingDate, String amount, String received,
            BillStatus status, String cap, String remarks) {
        Bill bill = fakes.givenBill(customer,
                new BillTerms(cap, "", null, billingDate == null ? null : LocalDate.parse(billingDate), null, remarks),
                BillCharges.of(List.of(new BillLine(IIG, Quantity.of("1"), Money.of(amount))), Money.ZERO,
                        Money.of(received)),
                status);
        fakes.clock().advance(Duration.ofMinutes(1));
        return bill;
    }

    private static ListBillsQuery query(Viewer viewer) {
        return query(viewer, ListSpec.everything());
    }

    private static ListBillsQuery query(Viewer viewer, ListSpec<BillSortField> spec) {
        return new ListBillsQuery(viewer, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), spec);
    }

    private static ListSpec<BillSortField> ordered(List<SortOrder<BillSortField>> ordering) {
        return new ListSpec<>(Optional.empty(), ordering, Optional.empty());
    }

    private static ListSpec<BillSortField> searching(String text) {
        return new ListSpec<>(Optional.of(text), List.of(), Optional.empty());
    }

    private CollectingSink<BillView> list(ListBillsQuery query) {
        CollectingSink<BillView> sink = new CollectingSink<>();
        service.listBills(query, sink);
        return sink;
    }

    private List<Long> ids(ListBillsQuery query) {
        return list(query).items().stream().map(BillView::id).toList();
    }

    @Test
    void getBill_ownCustomersBill_isItsViewWithTheCustomer() {
        // given: jane's November bill

        BillView view = service.getBill(jane, november.id());

        assertThat(view.billNumber()).isEqualTo(november.billNumber());
        assertThat(view.customer()).isEqualTo(new BillView.CustomerSummary(acme.id(), "Acme Inc", acme.companyName(), acme.email(),
                acme.phone(), acme.address(), acme.kam()));
        assertThat(view.totalBill()).hasToString("1050.00");
        assertThat(view.totalDue()).hasToString("950.00");
        assertThat(view.status()).isEqualTo("Active");
    }

    @Test
    void getBill_anotherKamsBillUnderScopeOwn_isNotFound() {
        // given: john's bill

        // when / then
        assertThatThrownBy(() -> service.getBill(jane, johns.id()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.subject()).isEqualTo(Subject.BILL));
    }

    @Test
    void getBill_unknownBill_isNotFound() {
        // given: no bill 999

        // when / then
        assertThatThrownBy(() -> service.getBill(manager, 999))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.subject()).isEqualTo(Subject.BILL));
    }

    @Test
    void getBill_managerOnAnyonesBill_isFound() {
        // given: john's bill

        BillView view = service.getBill(manager, johns.id());

        assertThat(view.customer().id()).isEqualTo(zeta.id());
    }

    @Test
    void listBills_salesPerson_seesOnlyBillsOfTheirOwnCustomersById() {
        // given: three bills of jane's customers, one of john's

        CollectingSink<BillView> sink = list(query(jane));

        assertThat(sink.items()).extracting(BillView::id).containsExactly(october.id(), november.id(), undated.id());
        assertThat(sink.total()).isEqualTo(3);
    }

    @Test
    void listBills_manager_seesEveryBill() {
        // given: four bills

        List<Long> ids = ids(query(manager));

        assertThat(ids).containsExactly(october.id(), november.id(), undated.id(), johns.id());
    }

    @Test
    void listBills_customerPassedToAnotherKam_movesItsBillsAlong() {
        fakes.customers().reassign(acme.id(), john.userId());

        List<Long> ids = ids(query(john));

        assertThat(ids).containsExactly(october.id(), november.id(), johns.id());
        assertThat(ids(query(jane))).containsExactly(undated.id());
    }

    @Test
    void listBills_byStatus_keepsThoseWithIt() {
        var query = new ListBillsQuery(manager, Optional.of(BillStatus.INACTIVE), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), ListSpec.everything());

        List<Long> ids = ids(query);

        assertThat(ids).containsExactly(undated.id());
    }

    @Test
    void listBills_byCustomer_keepsTheirs() {
        var query = new ListBillsQuery(manager, Optional.empty(), Optional.of(acme.id()), Optional.empty(),
                Optional.empty(), Optional.empty(), ListSpec.everything());

        List<Long> ids = ids(query);

        assertThat(ids).containsExactly(october.id(), november.id());
    }

    @Test
    void listBills_byAnotherKamsCustomerUnderScopeOwn_isEmpty() {
        var query = new ListBillsQuery(jane, Optional.empty(), Optional.of(zeta.id()), Optional.empty(),
                Optional.empty(), Optional.empty(), ListSpec.everything());

        CollectingSink<BillView> sink = list(query);

        assertThat(sink.items()).isEmpty();
        assertThat(sink.total()).isZero();
    }

    @Test
    void listBills_byExactBillingDate_keepsThatDay() {
        var query = new ListBillsQuery(manager, Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2025, 11, 30)), Optional.empty(), Optional.empty(), ListSpec.everything());

        List<Long> ids = ids(query);

        assertThat(ids).containsExactly(november.id(), johns.id());
    }

    @Test
    void listBills_byBillingDateRange_includesBothEndsAndLeavesOutUndatedBills() {
        var query = new ListBillsQuery(manager, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2025, 10, 31)), Optional.of(LocalDate.of(2025, 11, 29)),
                ListSpec.everything());

        List<Long> ids = ids(query);

        assertThat(ids).containsExactly(october.id());
    }

    @Test
    void listBills_billingDateAfterOnly_isOpenEnded() {
        var query = new ListBillsQuery(manager, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2025, 11, 1)), Optional.empty(), ListSpec.everything());

        List<Long> ids = ids(query);

        assertThat(ids).containsExactly(november.id(), johns.id());
    }

    @Test
    void listBills_searchInRemarksIgnoringCase_findsTheBill() {
        // given: "Paid late" in the November bill's remarks

        List<Long> ids = ids(query(manager, searching("PAID")));

        assertThat(ids).containsExactly(november.id());
    }

    @Test
    void listBills_searchOverTheOtherTextFields_findsTheBills() {
        // given: nttn_cap, bill number, customer name and company name

        // when / then
        assertThat(ids(query(manager, searching("cap-z")))).containsExactly(johns.id());
        assertThat(ids(query(manager, searching(october.billNumber())))).containsExactly(october.id());
        assertThat(ids(query(manager, searching("broadband")))).containsExactly(undated.id());
        assertThat(ids(query(manager, searching("holdings")))).containsExactly(undated.id());
        assertThat(ids(query(manager, searching("acme")))).containsExactly(october.id(), november.id());
    }

    @Test
    void listBills_searchUnderScopeOwn_staysWithinScope() {
        // given: "Zeta" matches only john's customer Zeta Net

        List<Long> ids = ids(query(jane, searching("Zeta")));

        assertThat(ids).isEmpty();
    }

    @Test
    void listBills_orderedByTotalBillDescending_isLargestFirst() {
        var spec = ordered(List.of(SortOrder.descending(BillSortField.TOTAL_BILL)));

        List<Long> ids = ids(query(manager, spec));

        assertThat(ids).containsExactly(november.id(), october.id(), johns.id(), undated.id());
    }

    @Test
    void listBills_orderedByTotalDue_isSmallestFirst() {
        // given: dues 0, 950, 20, 500

        List<Long> ids = ids(query(manager, ordered(List.of(SortOrder.ascending(BillSortField.TOTAL_DUE)))));

        assertThat(ids).containsExactly(october.id(), undated.id(), johns.id(), november.id());
    }

    @Test
    void listBills_orderedByTotalReceivedDescending_isLargestFirstThenNewestId() {
        // given: received 1000, 100, 0, 0

        List<Long> ids = ids(query(manager, ordered(List.of(SortOrder.descending(BillSortField.TOTAL_RECEIVED)))));

        assertThat(ids).containsExactly(october.id(), november.id(), johns.id(), undated.id());
    }

    @Test
    void listBills_orderedByBillingDate_hasUndatedFirstAndTiesById() {
        // given: dates 31 Oct, 30 Nov, none, 30 Nov

        List<Long> ids = ids(query(manager, ordered(List.of(SortOrder.ascending(BillSortField.BILLING_DATE)))));

        assertThat(ids).containsExactly(undated.id(), october.id(), november.id(), johns.id());
    }

    @Test
    void listBills_orderedByBillingDateDescending_hasUndatedLast() {
        // given: dates 31 Oct, 30 Nov, none, 30 Nov

        List<Long> ids = ids(query(manager, ordered(List.of(SortOrder.descending(BillSortField.BILLING_DATE)))));

        // the two bills of 30 Nov: the newer first, the tie-breaker running in the key's direction
        assertThat(ids).containsExactly(johns.id(), november.id(), october.id(), undated.id());
    }

    @Test
    void listBills_orderedByCreationDescending_isNewestFirst() {
        // given: bills created a minute apart

        List<Long> ids = ids(query(manager, ordered(List.of(SortOrder.descending(BillSortField.CREATED_AT)))));

        assertThat(ids).containsExactly(johns.id(), undated.id(), november.id(), october.id());
    }

    @Test
    void listBills_twoOrderingKeys_appliesTheSecondWithinTheFirst() {
        var spec = ordered(List.of(SortOrder.descending(BillSortField.BILLING_DATE),
                SortOrder.descending(BillSortField.TOTAL_BILL)));

        List<Long> ids = ids(query(manager, spec));

        assertThat(ids).containsExactly(november.id(), johns.id(), october.id(), undated.id());
    }

    @Test
    void listBills_secondPage_hasTheRestAndTheTotalOfAll() {
        var spec = new ListSpec<BillSortField>(Optional.empty(), List.of(), Optional.of(new PageRequest(2, 3)));

        CollectingSink<BillView> sink = list(query(manager, spec));

        assertThat(sink.items()).extracting(BillView::id).containsExactly(johns.id());
        assertThat(sink.total()).isEqualTo(4);
    }

    @Test
    void listBills_pageBeyondTheEnd_isEmptyWithTheTotal() {
        var spec = new ListSpec<BillSortField>(Optional.empty(), List.of(), Optional.of(new PageRequest(5, 25)));

        CollectingSink<BillView> sink = list(query(jane, spec));

        assertThat(sink.items()).isEmpty();
        assertThat(sink.total()).isEqualTo(3);
    }
}
