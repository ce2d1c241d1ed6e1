package org.clientele.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class CreatedRangeArgumentsTests {

    final CreatedRangeArguments arguments = new CreatedRangeArguments();

    @Test
    void readsBothDaysFromTheQueryString() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/contacts");
        request.setParameter("createdFrom", "2026-01-01");
        request.setParameter("createdTo", " 2026-01-31 ");

        assertThat(arguments.resolveArgument(parameter(0), null, new ServletWebRequest(request), null))
                .isEqualTo(new CreatedRange("2026-01-01", " 2026-01-31 "));
    }

    @Test
    void aDayNotGivenStaysOpen() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/contacts");
        request.setParameter("createdTo", "2026-01-31");

        assertThat(arguments.resolveArgument(parameter(0), null, new ServletWebRequest(request), null))
                .isEqualTo(new CreatedRange(null, "2026-01-31"));
    }

    @Test
    void answersForTheRangeOnly() {
        assertThat(arguments.supportsParameter(parameter(0))).isTrue();
        assertThat(arguments.supportsParameter(parameter(1))).isFalse();
    }

    private static MethodParameter parameter(int index) {
        try {
            Method method = CreatedRangeArgumentsTests.class.getDeclaredMethod("list", CreatedRange.class, String.class);
            return new MethodParameter(method, index);
        }
        catch (NoSuchMethodException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @SuppressWarnings("unused")
    private static void list(CreatedRange created, String createdFrom) {
    }
}
