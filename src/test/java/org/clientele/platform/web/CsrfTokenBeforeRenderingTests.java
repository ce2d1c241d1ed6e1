package org.clientele.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.ModelAndView;

class CsrfTokenBeforeRenderingTests {

    private final AtomicInteger loaded = new AtomicInteger();
    private final MockHttpServletRequest request = new MockHttpServletRequest();
    private final CsrfTokenBeforeRendering interceptor = new CsrfTokenBeforeRendering();

    CsrfTokenBeforeRenderingTests() {
        request.setAttribute(CsrfToken.class.getName(), new CountedToken());
    }

    @Test
    void aPageOrFragmentToRenderHasItsTokenLoadedFirst() {
        interceptor.postHandle(request, new MockHttpServletResponse(), new Object(), new ModelAndView("customers/contact"));
        interceptor.postHandle(request, new MockHttpServletResponse(), new Object(), new ModelAndView("customers/fragments/tags :: tags"));

        assertThat(loaded).hasValue(2);
    }

    @Test
    void aResponseWrittenByItsHandlerLoadsNoToken() {
        interceptor.postHandle(request, new MockHttpServletResponse(), new Object(), null);
        interceptor.postHandle(request, new MockHttpServletResponse(), new Object(), new ModelAndView());

        assertThat(loaded).hasValue(0);
    }

    private final class CountedToken implements CsrfToken {

        @Override
        public String getHeaderName() {
            return "X-CSRF-TOKEN";
        }

        @Override
        public String getParameterName() {
            return "_csrf";
        }

        @Override
        public String getToken() {
            loaded.incrementAndGet();
            return "token";
        }
    }
}
