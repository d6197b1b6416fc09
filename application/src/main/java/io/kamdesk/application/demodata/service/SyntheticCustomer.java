package io.kamdesk.application.demodata.service;

import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.BillCharges;
import io.kamdesk.domain.billing.BillLine;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.billing.Quantity;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One made-up customer and its monthly bills, drawn from a random stream of its own (seeded by the
 * run's seed and the customer's position), so that a customer does not depend on how the run is cut
 * into batches. Pure values: ids, numbers and the KAM's user id are given when the customer is stored.
 *
 * <p>The customer's bills are the {@code billsPerCustomer} consecutive months ending at its latest
 * billing date: the last billing day on or before today for a customer still {@code Active}, one to
 * eighteen months earlier for one who left (its leaving date follows its last bill). It joined on or
 * before its first bill, within the last five years when the bills leave room for that.
 */
record SyntheticCustomer(CustomerDetails details, Integer kamIndex, CustomerStatus status, LocalDate joinedOn,
        LocalDate leftOn, List<BillDraft> bills) {

    /** A bill before it has an id and a number. */
    record BillDraft(BillTerms terms, BillCharges charges, BillStatus status) {
    }

    private static final String[] BRANDS = {"Padma", "Meghna", "Jamuna", "Karnaphuli", "Teesta", "Surma", "Rupsha",
        "Sundarban", "Sonargaon", "Mohona", "Dhanshiri", "Bengal", "Delta", "Green", "Skyline", "Nexus", "Orbit",
        "Pulse", "Zenith", "Aurora", "Horizon", "Everest", "Falcon", "Tiger", "Lotus", "Kadam", "Shapla", "Doel",
        "Kite", "Shonali"};
    private static final String[] KINDS = {"Net", "Online", "Broadband", "Communications", "Networks", "Telecom",
        "Cyber", "Connect", "Fiber", "Link", "Digital", "IT"};
    private static final String[] SUFFIXES = {"Ltd.", "Limited", "(Pvt.) Ltd.", "& Co."};
    private static final String[] AREAS = {"Gulshan", "Banani", "Dhanmondi", "Mirpur", "Uttara", "Mohakhali",
        "Motijheel", "Agrabad", "Nasirabad", "Zindabazar", "Sonadanga", "Shaheb Bazar"};
    private static final String[] CITIES = {"Dhaka", "Chattogram", "Sylhet", "Khulna", "Rajshahi", "Barishal",
        "Rangpur", "Mymensingh", "Cumilla", "Bogura", "Gazipur", "Narayanganj"};
    private static final String[] NTTN_COMPANIES = {"Summit Communications", "Fiber@Home", "Bahon", "BTCL"};
    /** Upstream (IIG) capacity in Mbps, small ISPs more often than large ones. */
    private static final int[] SIZES = {10, 20, 30, 50, 50, 100, 100, 150, 200, 300, 500, 1000, 2000};
    private static final int[] LINK_CAPACITIES = {100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000};

    /** Per component: how often a customer takes it (%), its share of the IIG quantity (%), its price per Mbps. */
    private record Component(BandwidthComponent component, int takenPercent, int minShare, int maxShare,
            int minPrice, int maxPrice) {
    }

    private static final List<Component> COMPONENTS = List.of(
            new Component(BandwidthComponent.IIG, 100, 100, 100, 280, 420),
            new Component(BandwidthComponent.FNA, 45, 20, 80, 40, 90),
            new Component(BandwidthComponent.GGC, 50, 20, 80, 35, 80),
            new Component(BandwidthComponent.CDN, 30, 10, 40, 60, 120),
            new Component(BandwidthComponent.BDIX, 60, 20, 100, 15, 40),
            new Component(BandwidthComponent.BAISHAN, 15, 5, 30, 50, 110));

    static SyntheticCustomer draw(long seed, int index, int users, int billsPerCustomer, LocalDate today) {
        Random random = new Random(streamSeed(seed, index));

        String brand = pick(random, BRANDS);
        String kind = pick(random, KINDS);
        String name = brand + " " + kind;
        String companyName = random.nextInt(10) == 0 ? "" : name + " " + pick(random, SUFFIXES);
        String slug = (brand + "-" + kind).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
        EmailAddress email = EmailAddress.of("accounts.c" + (index + 1) + ".s" + seed + "@" + slug + ".example");
        PhoneNumber phone = PhoneNumber.of("01" + (3 + random.nextInt(7)) + String.format(Locale.ROOT, "%08d",
                random.nextInt(100_000_000)));
        String address = "House " + (1 + random.nextInt(120)) + ", Road " + (1 + random.nextInt(40)) + ", "
                + pick(random, AREAS) + ", " + pick(random, CITIES);
        String linkId = random.nextInt(10) == 0 ? null : "LNK-S" + seed + "-" + (index + 1);

        boolean unassigned = random.nextInt(100) < 8;
        Integer kamIndex = users == 0 || unassigned ? null
                : Math.min(random.nextInt(users), random.nextInt(users)); // the first KAMs hold more customers

        int statusDraw = random.nextInt(100);
        CustomerStatus status = statusDraw < 85 ? CustomerStatus.ACTIVE
                : statusDraw < 95 ? CustomerStatus.INACTIVE : CustomerStatus.LOST;
        int billingDay = 1 + random.nextInt(28);
        YearMonth thisMonth = YearMonth.from(today);
        YearMonth latest = billingDay <= today.getDayOfMonth() ? thisMonth : thisMonth.minusMonths(1);
        LocalDate leftOn = null;
        if (status != CustomerStatus.ACTIVE) {
            latest = latest.minusMonths(1 + random.nextInt(18));
            LocalDate afterLastBill = latest.atDay(billingDay).plusDays(1 + random.nextInt(27));
            leftOn = afterLastBill.isAfter(today) ? today : afterLastBill;
        }
        YearMonth first = latest.minusMonths(Math.max(billsPerCustomer, 1) - 1L);
        LocalDate firstBill = first.atDay(billingDay);
        LocalDate earliestJoin = today.minusYears(5);
        LocalDate joinedOn = earliestJoin.isBefore(firstBill)
                ? earliestJoin.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(earliestJoin, firstBill) + 1))
                : firstBill.minusDays(random.nextInt(61));

        // what the customer takes, and how fast it grows (0-2 % a month)
        int size = SIZES[random.nextInt(SIZES.length)];
        List<int[]> taken = new ArrayList<>(); // {component index, first quantity, price}
        for (int c = 0; c < COMPONENTS.size(); c++) {
            Component component = COMPONENTS.get(c);
            if (random.nextInt(100) < component.takenPercent()) {
                int share = between(random, component.minShare(), component.maxShare());
                taken.add(new int[] {c, Math.max(1, size * share / 100),
                    between(random, component.minPrice(), component.maxPrice())});
            }
        }
        int growth = random.nextInt(3);
        String nttnCom = pick(random, NTTN_COMPANIES);

        int[][] quantities = new int[billsPerCustomer][taken.size()];
        int peak = 0;
        for (int month = 0; month < billsPerCustomer; month++) {
            int total = 0;
            for (int t = 0; t < taken.size(); t++) {
                int noise = random.nextInt(7) - 3;
                quantities[month][t] = Math.max(1, taken.get(t)[1] * (100 + growth * month + noise) / 100);
                total += quantities[month][t];
            }
            peak = Math.max(peak, total);
        }
        String nttnCap = linkCapacity(peak) + " Mbps";

        List<BillDraft> bills = new ArrayList<>(billsPerCustomer);
        Money latestGross = Money.ZERO;
        for (int month = 0; month < billsPerCustomer; month++) {
            LocalDate billingDate = first.plusMonths(month).atDay(billingDay);
            List<BillLine> lines = new ArrayList<>();
            for (int t = 0; t < taken.size(); t++) {
                int[] line = taken.get(t);
                lines.add(new BillLine(COMPONENTS.get(line[0]).component(),
                        Quantity.of(BigDecimal.valueOf(quantities[month][t])), Money.of(BigDecimal.valueOf(line[2]))));
            }
            Money gross = BillCharges.of(lines, Money.ZERO, Money.ZERO).gross();
            latestGross = gross;
            Money discount = random.nextInt(100) < 70 ? Money.ZERO
                    : wholeTaka(gross.amount().multiply(BigDecimal.valueOf(1 + random.nextInt(10)))
                            .movePointLeft(2));
            Money total = gross.minus(discount);
            long age = ChronoUnit.MONTHS.between(YearMonth.from(billingDate), thisMonth);
            int paidPercent = paidPercent(random, age);
            Money received = Money.of(total.amount().multiply(BigDecimal.valueOf(paidPercent)).movePointLeft(2)
                    .setScale(Money.DECIMALS, RoundingMode.DOWN));
            BillStatus billStatus = random.nextInt(100) < 4 ? BillStatus.INACTIVE : BillStatus.ACTIVE;
            String remarks = billStatus == BillStatus.INACTIVE ? "Disputed; under review"
                    : paidPercent > 0 && paidPercent < 100 ? "Part payment received" : "";
            LocalDate terminationDate = leftOn != null && month == billsPerCustomer - 1 ? leftOn : null;
            bills.add(new BillDraft(new BillTerms(nttnCap, nttnCom, joinedOn, billingDate, terminationDate, remarks),
                    BillCharges.of(lines, discount, received), billStatus));
        }
        Money monthlyRevenue = hundreds(latestGross.amount());
        Money potentialRevenue = hundreds(latestGross.amount().multiply(BigDecimal.valueOf(100 + random.nextInt(51)))
                .movePointLeft(2));
        CustomerDetails details = new CustomerDetails(name, companyName, email, phone, address, linkId,
                monthlyRevenue, potentialRevenue);
        return new SyntheticCustomer(details, kamIndex, status, joinedOn, leftOn, List.copyOf(bills));
    }

    /** The e-mail of the run's first customer: present in the database when the seed was generated before. */
    static EmailAddress firstEmail(long seed, LocalDate today) {
        return draw(seed, 0, 0, 0, today).details().email();
    }

    /**
     * How much of a bill was paid: old bills mostly in full, this month's mostly not yet; some partly,
     * a few not at all.
     */
    private static int paidPercent(Random random, long age) {
        int draw = random.nextInt(100);
        int full = age >= 2 ? 85 : age == 1 ? 60 : 30;
        int partly = age >= 2 ? 10 : age == 1 ? 25 : 20;
        int part = between(random, 30, 90);
        return draw < full ? 100 : draw < full + partly ? part : 0;
    }

    private static int linkCapacity(int mbps) {
        for (int capacity : LINK_CAPACITIES) {
            if (capacity >= mbps) {
                return capacity;
            }
        }
        return LINK_CAPACITIES[LINK_CAPACITIES.length - 1];
    }

    private static Money wholeTaka(BigDecimal amount) {
        return Money.of(amount.setScale(0, RoundingMode.DOWN));
    }

    private static Money hundreds(BigDecimal amount) {
        return Money.of(amount.movePointLeft(2).setScale(0, RoundingMode.DOWN).movePointRight(2));
    }

    private static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** SplitMix64's finaliser over the seed and the position: neighbouring customers get unrelated streams. */
    private static long streamSeed(long seed, int index) {
        long z = seed + (index + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
