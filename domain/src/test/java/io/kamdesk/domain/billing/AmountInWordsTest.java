package io.kamdesk.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.domain.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountInWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0.00           | Taka Zero Only
            0.05           | Taka Zero and Paisa Five Only
            1.00           | Taka One Only
            19.99          | Taka Nineteen and Paisa Ninety Nine Only
            20.10          | Taka Twenty and Paisa Ten Only
            100.00         | Taka One Hundred Only
            1050.50        | Taka One Thousand Fifty and Paisa Fifty Only
            123456.78      | Taka One Lakh Twenty Three Thousand Four Hundred Fifty Six and Paisa Seventy Eight Only
            10000000.00    | Taka One Crore Only
            99999999.99    | Taka Nine Crore Ninety Nine Lakh Ninety Nine Thousand Nine Hundred Ninety Nine and Paisa Ninety Nine Only
            2500000001.00  | Taka Two Hundred Fifty Crore One Only
            -12.00         | Minus Taka Twelve Only
            """)
    void amounts_readInTheIndianNumberingSystem(String amount, String words) {
        assertThat(AmountInWords.taka(Money.of(amount))).isEqualTo(words);
    }

    @Test
    void theLargestAmount_isWordedToo() {
        assertThat(AmountInWords.taka(Money.of(Money.LARGEST)))
                .startsWith("Taka Nine Lakh Ninety Nine Thousand Nine Hundred Ninety Nine Crore")
                .endsWith("and Paisa Ninety Nine Only");
    }
}
