package io.kamdesk.application.shared;

import java.util.function.Supplier;

/**
 * Work done on a user's behalf outside their request (a background import, the command line): the
 * activity log records its changes as theirs.
 */
public interface ActingUser {

    <T> T actingAs(long userId, String username, Supplier<T> work);
}
