package io.kamdesk.adapter.in.rest.shared;

import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.PageRequest;
import io.kamdesk.application.shared.ResultSink;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a list as rows arrive from the database: a bare JSON array without paging parameters, the
 * DRF envelope {@code {count, next, previous, results}} with them; {@code X-Total-Count} either way.
 * Nothing but the current row is held in memory.
 */
@Component
public class ListResponder {

    public static final String TOTAL_COUNT_HEADER = "X-Total-Count";

    private final JsonMapper json;
    private final String publicBaseUrl;

    /**
     * @param publicBaseUrl the service's address as clients see it ({@code https://kamdesk.example.com}), or
     *     empty: paging links are then relative to the host ({@code /api/bills/?page=2}), never taken from the
     *     request's {@code Host} header, which any client can set
     */
    public ListResponder(JsonMapper json, @Value("${kamdesk.api.public-base-url:}") String publicBaseUrl) {
        this.json = json;
        this.publicBaseUrl = publicBaseUrl.strip().replaceAll("/+$", "");
        if (!this.publicBaseUrl.isEmpty() && !this.publicBaseUrl.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
            throw new IllegalStateException("kamdesk.api.public-base-url must be an http(s) address such as "
                    + "https://kamdesk.example.com, not \"" + publicBaseUrl + "\"");
        }
    }

    /**
     * @param query runs the use case, feeding the sink it is given
     * @param toJson maps one row of the use case to its response record
     */
    public <T, J> void respond(HttpServletRequest request, HttpServletResponse response, ListSpec<?> spec,
            Consumer<ResultSink<T>> query, Function<T, J> toJson) {
        StreamingSink<T, J> sink = new StreamingSink<>(request, response, spec, toJson);
        query.accept(sink);
        sink.finish();
    }

    private final class StreamingSink<T, J> implements ResultSink<T> {

        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final ListSpec<?> spec;
        private final Function<T, J> toJson;
        private JsonGenerator generator;

        StreamingSink(HttpServletRequest request, HttpServletResponse response, ListSpec<?> spec,
                Function<T, J> toJson) {
            this.request = request;
            this.response = response;
            this.spec = spec;
            this.toJson = toJson;
        }

        @Override
        public void total(long count) {
            spec.page().ifPresent(page -> {
                if (page.number() > 1 && page.offset() >= count) {
                    throw ListParameterException.pageOutOfRange();
                }
            });
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader(TOTAL_COUNT_HEADER, Long.toString(count));
            try {
                generator = json.createGenerator(response.getOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (spec.page().isPresent()) {
                PageRequest page = spec.page().get();
                generator.writeStartObject();
                generator.writeNumberProperty("count", count);
                generator.writeStringProperty("next", page.offset() + page.size() < count
                        ? pageLink(page.number() + 1)
                        : null);
                generator.writeStringProperty("previous", page.number() > 1 ? pageLink(page.number() - 1) : null);
                generator.writeName("results");
            }
            generator.writeStartArray();
        }

        @Override
        public void item(T item) {
            json.writeValue(generator, toJson.apply(item));
        }

        void finish() {
            generator.writeEndArray();
            if (spec.page().isPresent()) {
                generator.writeEndObject();
            }
            generator.close();
        }

        private String pageLink(int number) {
            return publicBaseUrl + UriComponentsBuilder.fromPath(request.getRequestURI())
                    .query(request.getQueryString())
                    .replaceQueryParam("page", number)
                    .build()
                    .toUriString();
        }
    }
}
