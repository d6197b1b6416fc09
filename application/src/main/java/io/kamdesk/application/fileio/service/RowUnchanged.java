package io.kamdesk.application.fileio.service;

/**
 * The row's data is already stored: its savepoint is undone so that nothing, not even a timestamp,
 * changes, and importing the same file twice leaves the database as it was.
 */
final class RowUnchanged extends RuntimeException {

    RowUnchanged() {
        super(null, null, false, false);
    }
}
