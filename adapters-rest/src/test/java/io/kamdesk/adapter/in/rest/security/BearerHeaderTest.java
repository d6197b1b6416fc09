package io.kamdesk.adapter.in.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class BearerHeaderTest {

    private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl-_~+/==";

    private final BearerHeader bearer = new BearerHeader();

    @Test
    void readsTheTokenAfterTheScheme_inAnyCase() {
        assertThat(bearer.resolve(withAuthorization("Bearer " + TOKEN))).isEqualTo(TOKEN);
        assertThat(bearer.resolve(withAuthorization("bearer " + TOKEN))).isEqualTo(TOKEN);
        assertThat(bearer.resolve(withAuthorization("BEARER " + TOKEN))).isEqualTo(TOKEN);
    }

    @Test
    void noHeaderOrAnotherScheme_isNoToken() {
        assertThat(bearer.resolve(new MockHttpServletRequest())).isNull();
        assertThat(bearer.resolve(withAuthorization("Basic dXNlcjpwYXNz"))).isNull();
        assertThat(bearer.resolve(withAuthorization(""))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer  " + TOKEN, "Bearer" + TOKEN, "Bearer abc def",
        "Bearer abc\tdef", "Bearer ====", "Bearer a=b", "Bearer \"abc\"", "Bearer abc,def", "Bearer é",
        "Bearer abc "})
    void aBearerHeaderOfAnyOtherShape_isMalformed(String header) {
        assertThatThrownBy(() -> bearer.resolve(withAuthorization(header)))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .satisfies(e -> assertThat(((OAuth2AuthenticationException) e).getError().getErrorCode())
                        .isEqualTo("invalid_token"));
    }

    /** The resolver it replaces is the reference: same token, or the same refusal, for every header. */
    @ParameterizedTest
    @ValueSource(strings = {"Bearer " + TOKEN, "bEaReR " + TOKEN, "Basic abc", "Bearer", "Bearer abc def",
        "Bearer a==", "Bearer ==", "Bearer abc=d", "Bearerabc", "Token abc", "Bearer a.b.c"})
    void answersAsSpringsResolverDoes(String header) {
        DefaultBearerTokenResolver reference = new DefaultBearerTokenResolver();
        MockHttpServletRequest request = withAuthorization(header);

        String expected;
        try {
            expected = reference.resolve(request);
        } catch (OAuth2AuthenticationException refused) {
            assertThatThrownBy(() -> bearer.resolve(request)).isInstanceOf(OAuth2AuthenticationException.class);
            return;
        }
        assertThat(bearer.resolve(request)).isEqualTo(expected);
    }

    private static MockHttpServletRequest withAuthorization(String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/users/me/");
        request.addHeader("Authorization", value);
        return request;
    }
}
