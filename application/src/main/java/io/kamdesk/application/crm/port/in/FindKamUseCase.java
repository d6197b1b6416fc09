package io.kamdesk.application.crm.port.in;

import java.util.Optional;

/** The user a file names as a customer's KAM, by username or e-mail address. */
public interface FindKamUseCase {

    /** The id of the active user with this username or e-mail address (any case); empty when none. */
    Optional<Long> findActiveKam(String usernameOrEmail);
}
