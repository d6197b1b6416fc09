package io.kamdesk.adapter.in.rest.fileio;

import io.kamdesk.adapter.in.rest.shared.ApiErrors;
import io.kamdesk.adapter.in.rest.shared.Wording;
import io.kamdesk.application.fileio.port.in.ExportTooLargeException;
import io.kamdesk.application.fileio.port.in.FileFormat;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The file area's refusals in the API's error format; everything else falls through to the shared
 * mapping (the file area is a leaf, so the shared mapping cannot know its exceptions).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FileioErrors {

    @ExceptionHandler(UnreadableFileException.class)
    ResponseEntity<Map<String, Object>> unreadable(UnreadableFileException e) {
        return ApiErrors.response(HttpStatus.BAD_REQUEST).body(ApiErrors.body(FileWording.sentence(e),
                Wording.code(e)));
    }

    @ExceptionHandler(ExportTooLargeException.class)
    ResponseEntity<Map<String, Object>> exportTooLarge(ExportTooLargeException e) {
        String sheet = e.format() == FileFormat.XLS ? "XLS" : "Excel";
        return ApiErrors.response(HttpStatus.BAD_REQUEST).body(ApiErrors.body(String.format(Locale.ROOT,
                "The export matches %,d rows, more than one %s sheet holds (%,d). Download it as CSV (format=csv), "
                        + "or narrow it with a filter or a search.", e.rows(), sheet, e.format().maxDataRows()),
                "too_many_rows"));
    }
}
