package io.kamdesk.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final Violation TOO_SHORT = Violation.of(Reason.PASSWORD_TOO_SHORT, 8);
    private static final Violation TOO_LONG = Violation.of(Reason.PASSWORD_TOO_LONG, 128);
    private static final Violation NUMERIC = Violation.of(Reason.PASSWORD_NUMERIC);
    private static final Violation COMMON = Violation.of(Reason.PASSWORD_COMMON);
    private static final Violation LIKE_USERNAME = Violation.of(Reason.PASSWORD_LIKE_USERNAME);
    private static final Violation LIKE_EMAIL = Violation.of(Reason.PASSWORD_LIKE_EMAIL);

    private final PasswordPolicy policy = PasswordPolicy.standard();
    private final Username alice = Username.of("alice");
    private final EmailAddress aliceEmail = EmailAddress.of("alice.w@example.com");

    @Test
    void violations_longMixedUnrelatedPassword_isEmpty() {
        String password = "Tr0ub4dor&3-horse";

        List<Violation> problems = policy.violations(password, alice, aliceEmail);

        assertThat(problems).isEmpty();
    }

    @Test
    void violations_exactlyEightCharacters_isAccepted() {
        String password = "kq7#Lm2x";

        List<Violation> problems = policy.violations(password, alice, aliceEmail);

        assertThat(problems).isEmpty();
    }

    @Test
    void violations_sevenCharacters_isTooShort() {
        String password = "kq7#Lm2";

        List<Violation> problems = policy.violations(password, alice, aliceEmail);

        assertThat(problems).containsExactly(TOO_SHORT);
    }

    @Test
    void violations_nullPassword_isTooShort() {
        // given: no password at all

        List<Violation> problems = policy.violations(null, alice, aliceEmail);

        assertThat(problems).containsExactly(TOO_SHORT);
    }

    @Test
    void violations_exactly128Characters_isAccepted() {
        String password = "kq7#Lm2x".repeat(16);

        List<Violation> problems = policy.violations(password, alice, aliceEmail);

        assertThat(password).hasSize(128);
        assertThat(problems).isEmpty();
    }

    @Test
    void violations_129Characters_isTooLong() {
        String password = "kq7#Lm2x".repeat(16) + "z";

        List<Violation> problems = policy.violations(password, alice, aliceEmail);

        assertThat(problems).containsExactly(TOO_LONG);
    }

    @Test
    void violations_onlyDigits_isEntirelyNumeric() {
        String password = "73920418";

        List<Violation> problems = policy.violations(password, alice, aliceEmail);

        assertThat(problems).containsExactly(NUMERIC);
    }

    static Stream<String> digitsOnlyPasswords() {
        Random random = new Random(20250301);
        Stream<String> generated = IntStream.range(0, 200)
                .mapToObj(i -> random.ints(8 + random.nextInt(121), 0, 10)
                        .collect(StringBuilder::new, StringBuilder::append, StringBuilder::append).toString());
        return Stream.concat(Stream.of("00000000", "9".repeat(128), "٣٤٥٦٧٨٩٠"), generated);
    }

    @ParameterizedTest
    @MethodSource("digitsOnlyPasswords")
    void violations_digitsOnlyPasswordOfAllowedLength_isEntirelyNumeric(String password) {
        // given: a password made only of digits

        List<Violation> problems = policy.violations(password, alice, aliceEmail);

        assertThat(problems).contains(NUMERIC);
    }

    @Test
    void violations_digitsWithOneLetter_isNotEntirelyNumeric() {
        String password = "7392041x8";

        List<Violation> problems = policy.violations(password, alice, aliceEmail);

        assertThat(problems).doesNotContain(NUMERIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1", "PASSWORD1", "PassWord1", "qwertyuiop", "QwErTyUiOp"})
    void violations_wellKnownPasswordInAnyCase_isTooCommon(String password) {
        // given: a password from the bundled list, whatever its case

        List<Violation> problems = policy.violations(password, alice, aliceEmail);

        assertThat(problems).containsExactly(COMMON);
    }

    @Test
    void violations_containsUsernameInAnotherCase_isTooSimilarToUsername() {
        String password = "xx-ALICE-2025!";

        List<Violation> problems = policy.violations(password, alice, aliceEmail);

        assertThat(problems).containsExactly(LIKE_USERNAME);
    }

    @Test
    void violations_containsEmailLocalPart_isTooSimilarToEmail() {
        String password = "my-Alice.W-secret";

        List<Violation> problems = policy.violations(password, Username.of("aw"), aliceEmail);

        assertThat(problems).containsExactly(LIKE_EMAIL);
    }

    @Test
    void violations_containsBothUsernameAndLocalPart_reportsSimilarityOnce() {
        String password = "alice.w-secret-9";

        List<Violation> problems = policy.violations(password, alice, aliceEmail);

        assertThat(problems).containsExactly(LIKE_USERNAME);
    }

    @Test
    void violations_personalPartShorterThanThreeCharacters_isIgnored() {
        String password = "albatross-99";

        List<Violation> problems = policy.violations(password, Username.of("al"), EmailAddress.of("al@example.com"));

        assertThat(problems).isEmpty();
    }

    @Test
    void violations_noUsernameNorEmail_checksTheOtherRules() {
        // given: a new user whose identity is not known yet

        List<Violation> problems = policy.violations("Zebra-Crossing-7", null, null);

        assertThat(problems).isEmpty();
    }

    @Test
    void violations_severalRulesBroken_reportsThemAllTogether() {
        String password = "12345678";

        List<Violation> problems = policy.violations(password, Username.of("12345"), aliceEmail);

        assertThat(problems).containsExactly(NUMERIC, COMMON, LIKE_USERNAME);
    }

    @Test
    void check_brokenRules_throwsNamingEveryRule() {
        String password = "11111111";

        // when / then
        assertThatThrownBy(() -> policy.check(password, alice, aliceEmail))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations()).containsExactly(NUMERIC, COMMON));
    }

    @Test
    void check_acceptablePassword_doesNotThrow() {
        String password = "Zebra-Crossing-7";

        // when / then
        assertThatCode(() -> policy.check(password, alice, aliceEmail)).doesNotThrowAnyException();
    }
}
