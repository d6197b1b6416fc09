package io.kamdesk.domain.identity;

import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password rules of the product: 8 to 128 characters, not only digits, not a well-known
 * password, and not containing the username or the e-mail's local part.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    // Shorter names occur inside too many good passwords by chance ("al", "tom")
    private static final int MIN_PERSONAL_PART_LENGTH = 3;

    private final Set<String> commonPasswords;

    private PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = Set.copyOf(commonPasswords);
    }

    /** The policy with the bundled list of well-known passwords. */
    public static PasswordPolicy standard() {
        return Holder.STANDARD;
    }

    /** Every rule the password breaks; empty when it is acceptable. */
    public List<Violation> violations(String password, Username username, EmailAddress email) {
        List<Violation> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add(Violation.of(Reason.PASSWORD_TOO_SHORT, MIN_LENGTH));
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add(Violation.of(Reason.PASSWORD_TOO_LONG, MAX_LENGTH));
            return problems;
        }
        if (password.chars().allMatch(Character::isDigit)) {
            problems.add(Violation.of(Reason.PASSWORD_NUMERIC));
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(folded)) {
            problems.add(Violation.of(Reason.PASSWORD_COMMON));
        }
        if (containsPersonalPart(folded, username == null ? null : username.value())) {
            problems.add(Violation.of(Reason.PASSWORD_LIKE_USERNAME));
        } else if (containsPersonalPart(folded, email == null ? null : email.localPart())) {
            problems.add(Violation.of(Reason.PASSWORD_LIKE_EMAIL));
        }
        return problems;
    }

    /** Refuses a password that breaks a rule, naming every rule broken. */
    public void check(String password, Username username, EmailAddress email) {
        List<Violation> problems = violations(password, username, email);
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems);
        }
    }

    private static boolean containsPersonalPart(String foldedPassword, String personalPart) {
        if (personalPart == null || personalPart.length() < MIN_PERSONAL_PART_LENGTH) {
            return false;
        }
        return foldedPassword.contains(personalPart.toLowerCase(Locale.ROOT));
    }

    private static final class Holder {
        static final PasswordPolicy STANDARD = new PasswordPolicy(loadCommonPasswords());

        private static Set<String> loadCommonPasswords() {
            InputStream stream = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
            if (stream == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the domain module");
            }
            Set<String> passwords = new HashSet<>();
            try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                reader.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(line -> line.toLowerCase(Locale.ROOT))
                        .forEach(passwords::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return passwords;
        }
    }
}
