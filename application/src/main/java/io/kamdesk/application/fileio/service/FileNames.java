package io.kamdesk.application.fileio.service;

import io.kamdesk.application.fileio.port.out.FileProblem;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import java.util.Locale;
import java.util.Set;

/**
 * What a file's name may say. The format is recognised by content, so a spreadsheet named without an
 * extension, or with the wrong one of the three, is read; but a name that declares another format
 * ({@code report.pdf}, {@code data.txt}) means the wrong file was picked, whatever its bytes hold.
 */
final class FileNames {

    private static final Set<String> SPREADSHEET_EXTENSIONS = Set.of("csv", "xlsx", "xls");

    private FileNames() {
    }

    /** Refuses a name whose extension is not a spreadsheet's; a missing name or extension passes. */
    static void requireSpreadsheetName(String fileName) {
        if (fileName == null) {
            return;
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return;
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!SPREADSHEET_EXTENSIONS.contains(extension)) {
            throw new UnreadableFileException(FileProblem.NOT_A_SPREADSHEET_NAME, name);
        }
    }
}
