package io.kamdesk.domain.crm;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whether an import row leaves a customer as it is: every stored field counts, the times do not. */
class CustomerSameContentTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-03-10");
    private static final Instant NOW = Instant.parse("2025-03-10T04:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofDays(2));

    private static CustomerDetails details() {
        return new CustomerDetails("Acme Inc", "Acme Group", EmailAddress.of("ops@acme.example"),
                PhoneNumber.of("01712345678"), "Gulshan 1, Dhaka", "LNK-1", Money.of("5000"), Money.of("8000"));
    }

    private static Customer stored() {
        return Customer.create(17, "KTL", details(), 3L, CustomerStatus.INACTIVE, LocalDate.parse("2024-01-15"), TODAY,
                NOW);
    }

    private static Customer withDetails(Customer customer, CustomerDetails details) {
        return customer.revise(details, LATER);
    }

    @Test
    void sameContentAs_itself_isTrue() {
        Customer customer = stored();

        assertThat(customer.sameContentAs(customer)).isTrue();
    }

    @Test
    void sameContentAs_sameFieldsWrittenAtOtherTimes_isTrue() {
        Customer customer = stored();
        Customer rewritten = Customer.restore(customer.id(), customer.customerNumber(), details(),
                customer.kamId().orElseThrow(), customer.status(), customer.joinedOn(), customer.leftOn().orElseThrow(),
                NOW.minus(Duration.ofDays(30)), LATER);

        assertThat(rewritten.sameContentAs(customer)).isTrue();
        assertThat(customer.sameContentAs(rewritten)).isTrue();
    }

    @Test
    void sameContentAs_amountsWrittenWithAnotherScale_isTrue() {
        Customer customer = stored();
        CustomerDetails d = details();
        Customer rescaled = withDetails(customer, new CustomerDetails(d.name(), d.companyName(), d.email(), d.phone(),
                d.address(), d.linkId(), Money.of("5000.00"), Money.of("8000.0")));

        assertThat(rescaled.sameContentAs(customer)).isTrue();
    }

    static Stream<Named<UnaryOperator<Customer>>> changes() {
        CustomerDetails d = details();
        return Stream.of(
                Named.of("name", c -> withDetails(c, new CustomerDetails("Acme Ltd", d.companyName(), d.email(),
                        d.phone(), d.address(), d.linkId(), d.monthlyRevenue(), d.potentialRevenue()))),
                Named.of("company name", c -> withDetails(c, new CustomerDetails(d.name(), "", d.email(), d.phone(),
                        d.address(), d.linkId(), d.monthlyRevenue(), d.potentialRevenue()))),
                Named.of("e-mail", c -> withDetails(c, new CustomerDetails(d.name(), d.companyName(),
                        EmailAddress.of("noc@acme.example"), d.phone(), d.address(), d.linkId(), d.monthlyRevenue(),
                        d.potentialRevenue()))),
                Named.of("phone", c -> withDetails(c, new CustomerDetails(d.name(), d.companyName(), d.email(),
                        PhoneNumber.of("01812345678"), d.address(), d.linkId(), d.monthlyRevenue(),
                        d.potentialRevenue()))),
                Named.of("address", c -> withDetails(c, new CustomerDetails(d.name(), d.companyName(), d.email(),
                        d.phone(), "Banani", d.linkId(), d.monthlyRevenue(), d.potentialRevenue()))),
                Named.of("link id", c -> withDetails(c, new CustomerDetails(d.name(), d.companyName(), d.email(),
                        d.phone(), d.address(), null, d.monthlyRevenue(), d.potentialRevenue()))),
                Named.of("monthly revenue", c -> withDetails(c, new CustomerDetails(d.name(), d.companyName(),
                        d.email(), d.phone(), d.address(), d.linkId(), Money.of("5000.01"), d.potentialRevenue()))),
                Named.of("potential revenue", c -> withDetails(c, new CustomerDetails(d.name(), d.companyName(),
                        d.email(), d.phone(), d.address(), d.linkId(), d.monthlyRevenue(), Money.ZERO))),
                Named.of("KAM", c -> c.assignKam(4L, LATER)),
                Named.of("KAM removed", c -> c.assignKam(null, LATER)),
                Named.of("status (and leaving date)", c -> c.changeStatus(CustomerStatus.ACTIVE, TODAY, LATER)),
                Named.of("status only", c -> Customer.restore(c.id(), c.customerNumber(), c.details(),
                        c.kamId().orElse(null), CustomerStatus.LOST, c.joinedOn(), c.leftOn().orElse(null),
                        c.createdAt(), c.updatedAt())),
                Named.of("leaving date only", c -> Customer.restore(c.id(), c.customerNumber(), c.details(),
                        c.kamId().orElse(null), c.status(), c.joinedOn(), TODAY.minusDays(1), c.createdAt(),
                        c.updatedAt())),
                Named.of("joining date", c -> c.rejoinDate(LocalDate.parse("2024-01-16"), LATER)),
                Named.of("customer number", c -> Customer.restore(c.id(), "KTL-OTHER-17", c.details(),
                        c.kamId().orElse(null), c.status(), c.joinedOn(), c.leftOn().orElse(null), c.createdAt(),
                        c.updatedAt())),
                Named.of("id", c -> Customer.restore(18, c.customerNumber(), c.details(), c.kamId().orElse(null),
                        c.status(), c.joinedOn(), c.leftOn().orElse(null), c.createdAt(), c.updatedAt())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void sameContentAs_anyStoredFieldChanged_isFalseBothWays(UnaryOperator<Customer> change) {
        Customer customer = stored();

        Customer changed = change.apply(customer);

        assertThat(changed.sameContentAs(customer)).isFalse();
        assertThat(customer.sameContentAs(changed)).isFalse();
    }
}
