package org.clientele.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.ServletRequestPathUtils;

/** Which mappings are passed over by the first segment of the path, and which are still matched in full. */
class FirstSegmentHandlerMappingTests {

    private final FirstSegmentHandlerMapping mapping = new FirstSegmentHandlerMapping();

    @Test
    void aMappingUnderAnotherFixedFirstSegmentIsPassedOverWithoutCheckingItsConditions() {
        CountingRequest request = new CountingRequest("/contacts/42");

        assertThat(mapping.getMatchingMapping(info("/companies/{id}"), request)).isNull();
        assertThat(request.methodReads).as("reads of the request's method").isZero();
    }

    @Test
    void mappingsUnderTheSameFirstSegmentOrBeginningWithAVariableAreMatchedInFull() {
        assertThat(mapping.getMatchingMapping(info("/contacts/{id}"), request("/contacts/42"))).isNotNull();
        assertThat(mapping.getMatchingMapping(info("/{module}/{id}"), request("/contacts/42"))).isNotNull();
        assertThat(mapping.getMatchingMapping(info("/**"), request("/contacts/42"))).isNotNull();
    }

    @Test
    void theFirstSegmentIsComparedAsPatternsSeeIt() {
        assertThat(mapping.getMatchingMapping(info("/contacts/{id}"), request("/cont%61cts/42"))).isNotNull();
        assertThat(mapping.getMatchingMapping(info("/contacts/{id}"), request("/contacts;v=1/42"))).isNotNull();
        assertThat(mapping.getMatchingMapping(info("/"), request("/"))).isNotNull();
    }

    private static RequestMappingInfo info(String path) {
        return RequestMappingInfo.paths(path).methods(RequestMethod.GET).build();
    }

    private static HttpServletRequest request(String path) {
        return new CountingRequest(path);
    }

    /** A GET of the path, parsed as the dispatcher parses it, that counts how often its method is read. */
    static final class CountingRequest extends MockHttpServletRequest {

        int methodReads;

        CountingRequest(String path) {
            super("GET", path);
            ServletRequestPathUtils.parseAndCache(this);
        }

        @Override
        public String getMethod() {
            methodReads++;
            return super.getMethod();
        }
    }
}
