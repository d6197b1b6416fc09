package io.kamdesk.bootstrap.cli;

/** What a batch command's exit code tells a script; the same for every command. */
final class ExitCode {

    /** Done, every row written (or, for a dry run, writable). */
    static final int OK = 0;
    /** Done, but some rows were refused; the report lists them. */
    static final int ROWS_REFUSED = 1;
    /** The command line is wrong (an unknown option, a missing file): nothing was started. */
    static final int USAGE = 2;
    /** The command could not do its work: the file as a whole, the database or the service failed. */
    static final int FAILURE = 3;

    private ExitCode() {
    }
}
