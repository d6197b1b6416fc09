package io.kamdesk.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PermissionCodeTest {

    @Test
    void of_resourceAndAction_splitsIntoBoth() {
        String raw = "bills:read";

        PermissionCode code = PermissionCode.of(raw);

        assertThat(code.resource()).isEqualTo("bills");
        assertThat(code.action()).isEqualTo("read");
        assertThat(code).hasToString("bills:read");
    }

    @Test
    void of_underscoresInBothParts_isAccepted() {
        String raw = "bandwidth_components:bulk_import";

        PermissionCode code = PermissionCode.of(raw);

        assertThat(code.resource()).isEqualTo("bandwidth_components");
        assertThat(code.action()).isEqualTo("bulk_import");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "bills", "Bills:read", "bills:READ", "bills:read:all", ":read", "bills:", "bills read",
            "bills:re-ad", "bills1:read", " bills:read"})
    void of_notResourceColonAction_isRefusedNamingTheValue(String raw) {
        // given: a code of the wrong shape

        // when / then
        assertThatThrownBy(() -> PermissionCode.of(raw))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violation()).isEqualTo(Violation.of(Reason.INVALID_PERMISSION_CODE, raw)));
    }

    @Test
    void compareTo_severalCodes_ordersByTheirText() {
        var codes = new TreeSet<PermissionCode>();

        codes.addAll(List.of(PermissionCode.of("users:read"), PermissionCode.of("bills:update"),
                PermissionCode.of("bills:create")));

        assertThat(codes).extracting(PermissionCode::value)
                .containsExactly("bills:create", "bills:update", "users:read");
    }

    @Test
    void equals_sameText_isEqual() {
        PermissionCode one = PermissionCode.of("roles:delete");

        PermissionCode other = new PermissionCode("roles:delete");

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    }
}
