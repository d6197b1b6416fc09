package io.kamdesk.adapter.in.rest.shared;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word on errors it meets before the application runs: a path it cannot decode
 * ({@code %00}, {@code %ff}, {@code %2f}), headers over its size limit. Instead of an HTML page
 * these answer in the API's error format, and headers that are too large answer 431 as HTTP says.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (status == 400 && isHeaderTooLarge(failure)) {
            status = 431;
            response.setStatus(status);
        }
        try {
            String body = JSON.writeValueAsString(bodyFor(status));
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot take a body: nothing more to say
        }
    }

    private static Map<String, Object> bodyFor(int status) {
        Map<String, Object> body = ApiErrors.forStatus(status);
        body.remove("request_id");
        return body;
    }

    private static boolean isHeaderTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("header")
                    && message.toLowerCase(Locale.ROOT).contains("too large")) {
                return true;
            }
        }
        return false;
    }
}
