package io.kamdesk.adapter.out.persistence.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Details as the view shows them: a record's and a change's decimals as the API writes them, the rest as stored. */
class ReadableDetailsTest {

    @Test
    void aRecordsDecimals_areWrittenAsTheApiWritesThem_andItsOtherValuesKept() {
        String stored = json("{'record': {'id': 7, 'name': 'v1.5 Ltd', 'total_bill': 1500.00, 'iig_qt': 2.5000, "
                + "'ggc_qt': 2.1250, 'rate': 3.0, 'fee': 0.000}}");

        assertThat(ReadableDetails.of(stored)).isEqualTo(json("{'record': {'id': 7, 'name': 'v1.5 Ltd', "
                + "'total_bill': '1500.00', 'iig_qt': '2.50', 'ggc_qt': '2.125', 'rate': '3.00', 'fee': '0.00'}}"));
    }

    @Test
    void aChangesBeforeAndAfter_areWrittenAsStringsWhenDecimal() {
        String stored = json("{'path': '/api/bills/3/', 'changes': {'kam_id': [1, 2], "
                + "'total_received': [0.00, 500.50000], 'status': ['Active', 'Paid'], 'note': 1.5}}");

        assertThat(ReadableDetails.of(stored)).isEqualTo(json("{'path': '/api/bills/3/', 'changes': {'kam_id': "
                + "[1, 2], 'total_received': ['0.00', '500.50'], 'status': ['Active', 'Paid'], 'note': 1.5}}"));
    }

    @Test
    void decimalsElsewhere_stayNumbers() {
        String stored = json("{'rows': 3.0, 'counts': {'ok': 1.5}, 'record': {'nested': {'x': 2.50}, "
                + "'list': [1.25]}, 'changes': {'pair': [[1.5], {'y': 0.5}]}}");

        assertThat(ReadableDetails.of(stored)).isEqualTo(stored);
    }

    @Test
    void detailsWithoutADecimal_areTheStoredText() {
        String stored = json("{'path': '/api/auth/login/', 'method': 'POST', 'record': {'email': 'a@b.example'}}");

        assertThat(ReadableDetails.of(stored)).isSameAs(stored);
        assertThat(ReadableDetails.of("{}")).isEqualTo("{}");
    }

    @Test
    void textAroundADecimal_isKeptCharForChar() {
        String stored = json("{'record': {'name': 'Dhaka \\'Net\\' \\u0001 ঢাকা', "
                + "'price': -12345678901234567890.123456}}");

        assertThat(ReadableDetails.of(stored)).isEqualTo(
                json("{'record': {'name': 'Dhaka \\'Net\\' \\u0001 ঢাকা', 'price': '-12345678901234567890.123456'}}"));
    }

    /** JSON written with single quotes, for legibility. */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
