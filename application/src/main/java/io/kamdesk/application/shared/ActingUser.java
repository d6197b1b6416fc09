package io.kamdesk.application.shared;

import java.util.function.Supplier;

/**
 * Work done on a user's behalf outside their request (a background import, the command line): the
 * activity log records its changes as theirs, and as part of the import they belong to.
 */
public interface ActingUser {

    <T> T actingAs(long userId, String username, Supplier<T> work);

    /**
     * The records {@code work} creates are entered as created by the import job (whose own entry
     * holds the file, the mode and the counts), not each with its whole content: an import of
     * 100,000 rows would otherwise write 100,000 copies of its file into the log.
     */
    <T> T partOfImport(long importJobId, Supplier<T> work);
}
