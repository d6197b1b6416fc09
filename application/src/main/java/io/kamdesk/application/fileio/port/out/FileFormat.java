package io.kamdesk.application.fileio.port.out;

/** The spreadsheet formats the service reads and writes. */
public enum FileFormat {
    CSV,
    XLSX,
    XLS
}
