package io.kamdesk.application.identity.port.out;

/** One-way password hashing with a slow, salted algorithm. */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}
