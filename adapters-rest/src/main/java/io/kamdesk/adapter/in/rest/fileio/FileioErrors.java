package io.kamdesk.adapter.in.rest.fileio;

import io.kamdesk.adapter.in.rest.shared.ApiErrors;
import io.kamdesk.adapter.in.rest.shared.Wording;
import io.kamdesk.application.fileio.port.out.UnreadableFileException;
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
}
