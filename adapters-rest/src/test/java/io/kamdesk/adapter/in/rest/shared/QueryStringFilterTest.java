package io.kamdesk.adapter.in.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryStringFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"search=acme", "search=a%20b&page=2", "q=%F0%9D%84%9E", "name=%E0%A6%AC%E0%A6%BE",
        "a=&b", "x=1+2", "ordering=-name,created_at", "flag"})
    void problemOf_wellFormedQuery_isNone(String query) {
        assertThat(QueryStringFilter.problemOf(query)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "search=%00|search|Null characters are not allowed.",
        "search=a%07b|search|Control characters are not allowed.",
        "x=%ff|x|Not valid percent-encoded UTF-8.",
        "x=%ED%A0%80|x|Not valid percent-encoded UTF-8.",
        "x=%C0%AF|x|Not valid percent-encoded UTF-8.",
        "x=%zz|x|Not valid percent-encoded UTF-8.",
        "x=%4|x|Not valid percent-encoded UTF-8.",
        "ok=1&page=%00|page|Null characters are not allowed.",
        "%ff=1|query_string|Not valid percent-encoded UTF-8.",
        "a%00b=1|query_string|Null characters are not allowed."})
    void problemOf_malformedQuery_namesTheParameterAndWhy(String query, String parameter, String message) {
        assertThat(QueryStringFilter.problemOf(query)).contains(Map.entry(parameter, message));
    }
}
