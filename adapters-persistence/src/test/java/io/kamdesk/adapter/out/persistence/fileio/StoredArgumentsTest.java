package io.kamdesk.adapter.out.persistence.fileio;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.domain.shared.Subject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoredArgumentsTest {

    @Test
    void everyKindOfArgument_readsBackAsTheTypeTheWordingExpects() {
        List<Object> arguments = Arrays.asList("a value: with colons", 12L, 7, new BigDecimal("1050.50"),
                Subject.CUSTOMER, List.of("active", "inactive", ""), null, List.of(), "");

        List<Object> read = StoredArguments.decode(StoredArguments.encode(arguments));

        assertThat(read).containsExactly("a value: with colons", 12L, 7L, new BigDecimal("1050.50"), Subject.CUSTOMER,
                List.of("active", "inactive", ""), null, List.of(), "");
    }
}
