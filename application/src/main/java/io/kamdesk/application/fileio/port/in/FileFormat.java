package io.kamdesk.application.fileio.port.in;

/** The spreadsheet formats the service reads and writes. */
public enum FileFormat {
    CSV,
    XLSX,
    XLS
}
