package io.kamdesk.adapter.in.rest.security;

import io.kamdesk.application.identity.port.out.PasswordHasher;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id through Spring Security (docs/decisions/0004-argon2id-passwords.md): memory-hard, and,
 * unlike bcrypt, it reads the whole of a password up to the policy's 128 characters.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    private final Argon2PasswordEncoder encoder;

    public Argon2PasswordHasher() {
        this(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
    }

    Argon2PasswordHasher(Argon2PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return encoder.matches(rawPassword, hash);
    }
}
