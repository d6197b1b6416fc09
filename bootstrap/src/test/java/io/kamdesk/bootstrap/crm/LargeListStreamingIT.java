package io.kamdesk.bootstrap.crm;

import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_EMAIL;
import static io.kamdesk.bootstrap.support.TestUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.FullStackTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An unpaged list of 300,000 customers is streamed from a database cursor to the socket. This test
 * runs in its own JVM with a 256 MB heap (see the bootstrap pom): holding the rows, or the JSON, in
 * memory would need several times that, so the answer only arrives whole if memory stays flat.
 */
@FullStackTest
class LargeListStreamingIT {

    private static final int ROWS = 300_000;

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    @Test
    void unpagedListOf300kCustomers_streamsEveryRowUnderASmallHeap() throws Exception {
        dsl.execute("""
                insert into customer (customer_number, name, company_name, email, phone, address, monthly_revenue,
                    potential_revenue, status, joined_on, created_at, updated_at)
                select 'KTL-BULKXXXX-' || n, 'Bulk customer ' || n, 'Bulk Company Limited ' || n,
                    'bulk' || n || '@stream.test', '+880 1711 ' || lpad(n::text, 6, '0'),
                    'House ' || n || ', Road 12, Dhanmondi, Dhaka 1209, Bangladesh', 5000.00, 10000.00, 'Active',
                    current_date, now(), now()
                from generate_series(1, ?) as n""", ROWS);
        String token = new ApiClient(port).logIn(ADMIN_EMAIL, ADMIN_PASSWORD).access();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/customers/"))
                .header("Authorization", "Bearer " + token)
                .build();

        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        long customers;
        long bytes;
        try (InputStream body = response.body()) {
            long[] counted = countOccurrences(body, "\"customer_number\"");
            customers = counted[0];
            bytes = counted[1];
        }

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Total-Count")).contains(Integer.toString(ROWS));
        assertThat(customers).isEqualTo(ROWS);
        assertThat(bytes).as("the answer is larger than the heap it was produced in")
                .isGreaterThan(Runtime.getRuntime().maxMemory() / 2);
    }

    /** Counts a marker in a stream without keeping the stream: {count, bytes read}. */
    private static long[] countOccurrences(InputStream in, String marker) throws IOException {
        byte[] pattern = marker.getBytes(StandardCharsets.UTF_8);
        byte[] buffer = new byte[64 * 1024];
        long count = 0;
        long total = 0;
        int matched = 0;
        int read;
        while ((read = in.read(buffer)) > 0) {
            total += read;
            for (int i = 0; i < read; i++) {
                matched = buffer[i] == pattern[matched] ? matched + 1 : buffer[i] == pattern[0] ? 1 : 0;
                if (matched == pattern.length) {
                    count++;
                    matched = 0;
                }
            }
        }
        return new long[] {count, total};
    }
}
