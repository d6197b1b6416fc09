package io.kamdesk.application.crm.testing;

import io.kamdesk.application.crm.port.in.CustomerCommand;
import io.kamdesk.application.crm.port.in.ProspectCommand;
import io.kamdesk.application.shared.Patch;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Builders for the CRM inputs: every field absent unless set, as in a PATCH that sends nothing. */
public final class CrmInputs {

    private CrmInputs() {
    }

    public static ProspectCommandBuilder prospect() {
        return new ProspectCommandBuilder();
    }

    public static CustomerCommandBuilder customer() {
        return new CustomerCommandBuilder();
    }

    private static Patch<BigDecimal> amount(String value) {
        return Patch.of(value == null ? null : new BigDecimal(value));
    }

    /** A prospect input. */
    public static final class ProspectCommandBuilder {
        private Patch<String> name = Patch.absent();
        private Patch<String> companyName = Patch.absent();
        private Patch<String> email = Patch.absent();
        private Patch<String> phone = Patch.absent();
        private Patch<String> address = Patch.absent();
        private Patch<BigDecimal> potentialRevenue = Patch.absent();
        private Patch<String> contactPerson = Patch.absent();
        private Patch<String> source = Patch.absent();
        private Patch<LocalDate> followUpDate = Patch.absent();
        private Patch<String> notes = Patch.absent();
        private Patch<String> status = Patch.absent();
        private Patch<Long> salesPerson = Patch.absent();

        public ProspectCommandBuilder name(String value) {
            name = Patch.of(value);
            return this;
        }

        public ProspectCommandBuilder companyName(String value) {
            companyName = Patch.of(value);
            return this;
        }

        public ProspectCommandBuilder email(String value) {
            email = Patch.of(value);
            return this;
        }

        public ProspectCommandBuilder phone(String value) {
            phone = Patch.of(value);
            return this;
        }

        public ProspectCommandBuilder address(String value) {
            address = Patch.of(value);
            return this;
        }

        public ProspectCommandBuilder potentialRevenue(String value) {
            potentialRevenue = amount(value);
            return this;
        }

        public ProspectCommandBuilder contactPerson(String value) {
            contactPerson = Patch.of(value);
            return this;
        }

        public ProspectCommandBuilder source(String value) {
            source = Patch.of(value);
            return this;
        }

        public ProspectCommandBuilder followUpDate(LocalDate value) {
            followUpDate = Patch.of(value);
            return this;
        }

        public ProspectCommandBuilder notes(String value) {
            notes = Patch.of(value);
            return this;
        }

        public ProspectCommandBuilder status(String value) {
            status = Patch.of(value);
            return this;
        }

        public ProspectCommandBuilder salesPerson(Long value) {
            salesPerson = Patch.of(value);
            return this;
        }

        public ProspectCommand build() {
            return new ProspectCommand(name, companyName, email, phone, address, potentialRevenue, contactPerson, source,
                    followUpDate, notes, status, salesPerson);
        }
    }

    /** A customer input. */
    public static final class CustomerCommandBuilder {
        private Patch<String> name = Patch.absent();
        private Patch<String> companyName = Patch.absent();
        private Patch<String> email = Patch.absent();
        private Patch<String> phone = Patch.absent();
        private Patch<String> address = Patch.absent();
        private Patch<String> linkId = Patch.absent();
        private Patch<BigDecimal> monthlyRevenue = Patch.absent();
        private Patch<BigDecimal> potentialRevenue = Patch.absent();
        private Patch<Long> assignedSalesPerson = Patch.absent();
        private Patch<String> status = Patch.absent();
        private Patch<LocalDate> joinedOn = Patch.absent();

        public CustomerCommandBuilder name(String value) {
            name = Patch.of(value);
            return this;
        }

        public CustomerCommandBuilder companyName(String value) {
            companyName = Patch.of(value);
            return this;
        }

        public CustomerCommandBuilder email(String value) {
            email = Patch.of(value);
            return this;
        }

        public CustomerCommandBuilder phone(String value) {
            phone = Patch.of(value);
            return this;
        }

        public CustomerCommandBuilder address(String value) {
            address = Patch.of(value);
            return this;
        }

        public CustomerCommandBuilder linkId(String value) {
            linkId = Patch.of(value);
            return this;
        }

        public CustomerCommandBuilder monthlyRevenue(String value) {
            monthlyRevenue = amount(value);
            return this;
        }

        public CustomerCommandBuilder potentialRevenue(String value) {
            potentialRevenue = amount(value);
            return this;
        }

        public CustomerCommandBuilder assignedSalesPerson(Long value) {
            assignedSalesPerson = Patch.of(value);
            return this;
        }

        public CustomerCommandBuilder status(String value) {
            status = Patch.of(value);
            return this;
        }

        public CustomerCommandBuilder joinedOn(LocalDate value) {
            joinedOn = Patch.of(value);
            return this;
        }

        public CustomerCommand build() {
            return new CustomerCommand(name, companyName, email, phone, address, linkId, monthlyRevenue,
                    potentialRevenue, assignedSalesPerson, status, joinedOn);
        }
    }
}
