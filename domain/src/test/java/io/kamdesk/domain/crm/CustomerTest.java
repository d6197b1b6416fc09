package io.kamdesk.domain.crm;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CustomerTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-03-10");
    private static final Instant NOW = Instant.parse("2025-03-10T04:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofHours(1));

    private static CustomerDetails details(String name) {
        return new CustomerDetails(name, "Acme Group", EmailAddress.of("ops@acme.example"),
                PhoneNumber.of("01712345678"), "Gulshan 1, Dhaka", "LNK-1", Money.of("5000"), Money.of("8000"));
    }

    private static Customer active() {
        return Customer.create(17, "KTL", details("Acme Inc"), 3L, null, null, TODAY, NOW);
    }

    @Test
    void create_noStatusNorJoiningDate_isActiveJoinedTodayWithoutLeavingDate() {
        // given: only the details

        Customer customer = Customer.create(17, "KTL", details("Acme Inc"), 3L, null, null, TODAY, NOW);

        assertThat(customer.id()).isEqualTo(17);
        assertThat(customer.customerNumber()).isEqualTo("KTL-ACMEINCX-17");
        assertThat(customer.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(customer.joinedOn()).isEqualTo(TODAY);
        assertThat(customer.leftOn()).isEmpty();
        assertThat(customer.kamId()).contains(3L);
        assertThat(customer.createdAt()).isEqualTo(NOW);
        assertThat(customer.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void create_withJoiningDate_keepsIt() {
        LocalDate joined = LocalDate.parse("2024-01-15");

        Customer customer = Customer.create(1, "KTL", details("Acme Inc"), 3L, null, joined, TODAY, NOW);

        assertThat(customer.joinedOn()).isEqualTo(joined);
    }

    @Test
    void create_withoutKam_isUnassigned() {
        // given: nobody to assign

        Customer customer = Customer.create(1, "KTL", details("Acme Inc"), null, null, null, TODAY, NOW);

        assertThat(customer.kamId()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CustomerStatus.class, names = {"INACTIVE", "LOST"})
    void create_statusOtherThanActive_leftToday(CustomerStatus status) {
        // given: a customer recorded as already gone

        Customer customer = Customer.create(1, "KTL", details("Acme Inc"), 3L, status, null, TODAY, NOW);

        assertThat(customer.status()).isEqualTo(status);
        assertThat(customer.leftOn()).contains(TODAY);
    }

    @Test
    void create_statusActive_hasNoLeavingDate() {
        // given: an explicitly active customer

        Customer customer = Customer.create(1, "KTL", details("Acme Inc"), 3L, CustomerStatus.ACTIVE, null, TODAY,
                NOW);

        assertThat(customer.leftOn()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CustomerStatus.class, names = {"INACTIVE", "LOST"})
    void changeStatus_leavingActive_setsTheLeavingDateToToday(CustomerStatus status) {
        Customer customer = active();
        LocalDate leaving = TODAY.plusDays(20);

        Customer changed = customer.changeStatus(status, leaving, LATER);

        assertThat(changed.status()).isEqualTo(status);
        assertThat(changed.leftOn()).contains(leaving);
        assertThat(changed.joinedOn()).isEqualTo(TODAY);
        assertThat(changed.updatedAt()).isEqualTo(LATER);
        assertThat(customer.status()).isEqualTo(CustomerStatus.ACTIVE);
    }

    @Test
    void changeStatus_backToActive_clearsTheLeavingDateAndKeepsTheJoiningDate() {
        Customer lost = active().changeStatus(CustomerStatus.LOST, TODAY.plusDays(5), LATER);

        Customer back = lost.changeStatus(CustomerStatus.ACTIVE, TODAY.plusDays(40), LATER.plusSeconds(60));

        assertThat(back.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(back.leftOn()).isEmpty();
        assertThat(back.joinedOn()).isEqualTo(TODAY);
    }

    @Test
    void changeStatus_fromInactiveToLost_keepsTheFirstLeavingDate() {
        LocalDate firstLeft = TODAY.plusDays(5);
        Customer inactive = active().changeStatus(CustomerStatus.INACTIVE, firstLeft, LATER);

        Customer lost = inactive.changeStatus(CustomerStatus.LOST, TODAY.plusDays(30), LATER.plusSeconds(60));

        assertThat(lost.status()).isEqualTo(CustomerStatus.LOST);
        assertThat(lost.leftOn()).contains(firstLeft);
    }

    @Test
    void changeStatus_leavingAgainAfterReturning_setsTheNewLeavingDate() {
        Customer returned = active()
                .changeStatus(CustomerStatus.INACTIVE, TODAY.plusDays(5), LATER)
                .changeStatus(CustomerStatus.ACTIVE, TODAY.plusDays(10), LATER);
        LocalDate secondLeaving = TODAY.plusDays(30);

        Customer lostAgain = returned.changeStatus(CustomerStatus.LOST, secondLeaving, LATER);

        assertThat(lostAgain.leftOn()).contains(secondLeaving);
    }

    @Test
    void changeStatus_sameStatus_changesNothing() {
        Customer inactive = active().changeStatus(CustomerStatus.INACTIVE, TODAY, LATER);

        Customer same = inactive.changeStatus(CustomerStatus.INACTIVE, TODAY.plusDays(9), LATER.plusSeconds(600));

        assertThat(same).isSameAs(inactive);
        assertThat(same.leftOn()).contains(TODAY);
        assertThat(same.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void assignKam_anotherUser_changesOnlyTheKam() {
        Customer customer = active();

        Customer reassigned = customer.assignKam(9L, LATER);

        assertThat(reassigned.kamId()).contains(9L);
        assertThat(reassigned.updatedAt()).isEqualTo(LATER);
        assertThat(reassigned.customerNumber()).isEqualTo(customer.customerNumber());
        assertThat(reassigned.details()).isEqualTo(customer.details());
        assertThat(customer.kamId()).contains(3L);
    }

    @Test
    void assignKam_nobody_leavesTheCustomerUnassigned() {
        Customer customer = active();

        Customer unassigned = customer.assignKam(null, LATER);

        assertThat(unassigned.kamId()).isEmpty();
    }

    @Test
    void revise_newName_keepsTheCustomerNumber() {
        Customer customer = active();

        Customer revised = customer.revise(details("Zeta Networks"), LATER);

        assertThat(revised.details().name()).isEqualTo("Zeta Networks");
        assertThat(revised.customerNumber()).isEqualTo("KTL-ACMEINCX-17");
        assertThat(revised.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(revised.createdAt()).isEqualTo(NOW);
        assertThat(revised.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void rejoinDate_anotherDate_replacesTheJoiningDate() {
        LocalDate joined = LocalDate.parse("2023-07-01");

        Customer changed = active().rejoinDate(joined, LATER);

        assertThat(changed.joinedOn()).isEqualTo(joined);
        assertThat(changed.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void restore_storedState_isAnsweredUnchanged() {
        LocalDate joined = LocalDate.parse("2023-07-01");
        LocalDate left = LocalDate.parse("2024-02-01");

        Customer customer = Customer.restore(42, "KTL-OLDNAMEX-42", details("Renamed Ltd"), null,
                CustomerStatus.LOST, joined, left, NOW, LATER);

        assertThat(customer.id()).isEqualTo(42);
        assertThat(customer.customerNumber()).isEqualTo("KTL-OLDNAMEX-42");
        assertThat(customer.kamId()).isEmpty();
        assertThat(customer.status()).isEqualTo(CustomerStatus.LOST);
        assertThat(customer.joinedOn()).isEqualTo(joined);
        assertThat(customer.leftOn()).contains(left);
        assertThat(customer.createdAt()).isEqualTo(NOW);
        assertThat(customer.updatedAt()).isEqualTo(LATER);
    }
}
