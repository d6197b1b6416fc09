package io.kamdesk.adapter.in.rest.shared;

import io.kamdesk.application.shared.sheet.FileFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Starts a file download, the one way every export answers: {@code ?format=csv} (default),
 * {@code excel} or {@code xlsx}.
 */
public final class Downloads {

    private Downloads() {
    }

    public static FileFormat format(String requested) {
        return switch (requested == null ? "csv" : requested.strip().toLowerCase(Locale.ROOT)) {
            case "", "csv" -> FileFormat.CSV;
            case "excel", "xlsx" -> FileFormat.XLSX;
            default -> throw ListParameterException.badValue("format",
                    "\"" + requested + "\" is not a valid choice. Choose one of: csv, excel, xlsx.");
        };
    }

    /**
     * Sends the file written by {@code body}. The download's headers are set, and the response
     * started, only when the first byte is written: a failure before that (a query refused, too many
     * rows for a sheet, the database unreachable) still gets a proper JSON error.
     */
    public static void send(HttpServletResponse response, String baseName, FileFormat format,
            Consumer<OutputStream> body) {
        boolean csv = format == FileFormat.CSV;
        OutputStream out = new StartOnFirstByte(() -> {
            response.setContentType(csv ? "text/csv; charset=UTF-8"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(baseName + (csv ? ".csv" : ".xlsx")).build().toString());
            return response.getOutputStream();
        });
        body.accept(out);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Obtains the real stream (setting the headers) at the first write. */
    private static final class StartOnFirstByte extends OutputStream {

        private final Opener opener;
        private OutputStream target;

        StartOnFirstByte(Opener opener) {
            this.opener = opener;
        }

        private OutputStream target() throws IOException {
            if (target == null) {
                target = opener.open();
            }
            return target;
        }

        @Override
        public void write(int b) throws IOException {
            target().write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target().write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            if (target != null) {
                target.flush();
            }
        }

        @FunctionalInterface
        private interface Opener {
            OutputStream open() throws IOException;
        }
    }
}
