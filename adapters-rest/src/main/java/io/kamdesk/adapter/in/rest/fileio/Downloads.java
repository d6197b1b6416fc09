package io.kamdesk.adapter.in.rest.fileio;

import io.kamdesk.adapter.in.rest.shared.ListParameterException;
import io.kamdesk.application.fileio.port.in.FileFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Starts a file download: {@code ?format=csv} (default), {@code excel} or {@code xlsx}. */
final class Downloads {

    private Downloads() {
    }

    static FileFormat format(String requested) {
        return switch (requested == null ? "csv" : requested.strip().toLowerCase(Locale.ROOT)) {
            case "", "csv" -> FileFormat.CSV;
            case "excel", "xlsx" -> FileFormat.XLSX;
            default -> throw ListParameterException.badValue("format",
                    "\"" + requested + "\" is not a valid choice. Choose one of: csv, excel, xlsx.");
        };
    }

    static void send(HttpServletResponse response, String baseName, FileFormat format, Consumer<OutputStream> body) {
        boolean csv = format == FileFormat.CSV;
        response.setContentType(csv ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(baseName + (csv ? ".csv" : ".xlsx")).build().toString());
        try {
            OutputStream out = response.getOutputStream();
            body.accept(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
