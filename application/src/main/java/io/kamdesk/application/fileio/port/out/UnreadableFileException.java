package io.kamdesk.application.fileio.port.out;

import io.kamdesk.domain.shared.DomainException;

/** The uploaded file cannot be read as a spreadsheet; the message says why, for the person uploading. */
public class UnreadableFileException extends DomainException {

    public UnreadableFileException(String message) {
        super("unreadable_file", message);
    }
}
