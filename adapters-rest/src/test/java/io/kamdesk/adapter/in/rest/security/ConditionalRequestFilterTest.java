package io.kamdesk.adapter.in.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.in.rest.shared.ApiErrorWriter;
import io.kamdesk.application.shared.VersionedRecord;
import io.kamdesk.application.shared.port.in.versions.RecordVersionsUseCase;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer's ETag is never newer than what the answer shows, also when another client writes the
 * record while the request runs: a newer tag would let the client's next If-Match overwrite a write
 * it has not seen.
 */
class ConditionalRequestFilterTest {

    private static final String BILL = "/api/bills/17/";

    private final Bill bill = new Bill(4);
    private final ConditionalRequestFilter filter = new ConditionalRequestFilter(bill,
            new ApiErrorWriter(JsonMapper.builder().build()), false);

    @Test
    void aRead_isTaggedWithTheVersionOfItsSnapshot_whenAnotherWriteLandsWhileItRuns() throws Exception {
        MockHttpServletResponse response = run("GET", BILL, answering(200, bill::written));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("ETag")).isEqualTo("\"4\"");
    }

    @Test
    void aRead_holdingTheTagItWouldGet_answers304WithoutItsBody() throws Exception {
        MockHttpServletRequest request = request("GET", BILL);
        request.addHeader("If-None-Match", "\"4\"");

        MockHttpServletResponse response = run(request, answering(200, () -> { }));

        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getContentLength()).isZero();
    }

    @Test
    void aWrite_isTaggedWithTheVersionItLeft_notWithOneWrittenAfterIt() throws Exception {
        bill.nextWriteFollowedByAnother = true;

        MockHttpServletResponse response = run("PATCH", BILL, answering(200, bill::written));

        assertThat(response.getHeader("ETag")).isEqualTo("\"5\"");
        assertThat(bill.version).isEqualTo(6);
    }

    @Test
    void aWriteRefusedAsStale_isTaggedWithTheCurrentVersion_andOtherRefusalsWithNone() throws Exception {
        assertThat(run("PATCH", BILL, answering(412, () -> { })).getHeader("ETag")).isEqualTo("\"4\"");
        assertThat(run("PATCH", BILL, answering(400, () -> { })).getHeader("ETag")).isNull();
        assertThat(bill.kept).isZero();
    }

    @Test
    void aDeletion_isNotTagged() throws Exception {
        assertThat(run("DELETE", BILL, answering(204, () -> { })).getHeader("ETag")).isNull();
    }

    private MockHttpServletResponse run(String method, String path, FilterChain chain) throws Exception {
        return run(request(method, path), chain);
    }

    private MockHttpServletResponse run(MockHttpServletRequest request, FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRequestURI(path);
        return request;
    }

    /** The controller: does {@code meanwhile} and answers {@code status} with a body. */
    private static FilterChain answering(int status, Runnable meanwhile) {
        return (request, response) -> {
            meanwhile.run();
            ((HttpServletResponse) response).setStatus(status);
            response.getWriter().write("{\"id\": 17}");
        };
    }

    /** One bill's stored version, as the database keeps it, and the transaction a write runs in. */
    private static final class Bill implements RecordVersionsUseCase {
        long version;
        int kept;
        boolean nextWriteFollowedByAnother;

        Bill(long version) {
            this.version = version;
        }

        /** A write of the bill, by this request or another client. */
        void written() {
            version++;
        }

        @Override
        public Optional<Long> currentVersion(VersionedRecord record, long id) {
            return Optional.of(version);
        }

        /** The version and the read see one snapshot: a write landing meanwhile is seen by neither. */
        @Override
        public <A> Read<A> read(VersionedRecord record, long id, Supplier<A> read) {
            Optional<Long> snapshot = Optional.of(version);
            return new Read<>(read.get(), snapshot);
        }

        /** The version is read before the commit; another write, waiting on the row, lands right after it. */
        @Override
        public <A> Written<A> write(VersionedRecord record, long id, Supplier<A> write, Predicate<A> keeps) {
            A answer = write.get();
            if (!keeps.test(answer)) {
                return new Written<>(answer, Optional.empty());
            }
            kept++;
            Written<A> written = new Written<>(answer, Optional.of(version));
            if (nextWriteFollowedByAnother) {
                written();
            }
            return written;
        }
    }
}
