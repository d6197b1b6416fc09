package io.kamdesk.adapter.in.rest.shared;

import java.io.IOException;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON converter of the API. Jackson reports a number whose exponent no {@code BigDecimal} can
 * hold ({@code 1E-2147483648}) as a plain {@link NumberFormatException}, which the framework would
 * let through as a server error; here it is what it is, an unreadable body. It replaces the JSON
 * converter in its place; declared as a bean it would also be put first, ahead of the converter of
 * raw bytes, and the OpenAPI document (bytes) would be answered as a base64 string.
 */
public class ApiJsonConverter extends JacksonJsonHttpMessageConverter {

    public static final String NUMBER_OUT_OF_RANGE = "JSON parse error: a number in the request body is out of range.";

    public ApiJsonConverter(JsonMapper mapper) {
        super(mapper);
    }

    @Override
    public Object read(ResolvableType type, HttpInputMessage inputMessage, Map<String, Object> hints)
            throws IOException {
        try {
            return super.read(type, inputMessage, hints);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new HttpMessageNotReadableException(NUMBER_OUT_OF_RANGE, e, inputMessage);
        }
    }
}
