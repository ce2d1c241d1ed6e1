package org.clientele.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

class CustomerChangePermissionTests {

    private final CustomerChangePermission interceptor = new CustomerChangePermission();

    @BeforeEach
    void signInAsWriter() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("writer", null, CustomerChangePermission.AUTHORITY));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theModulesPagesAndFragmentsAreToldWhetherTheUserMayChangeCustomers() {
        assertThat(rendered(modulePage(), new ModelAndView("customers/contact")).getModel()).containsEntry("mayChangeCustomers", true);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("reader", null, "customers:read"));
        assertThat(rendered(modulePage(), new ModelAndView("customers/fragments/tags :: tags")).getModel())
                .containsEntry("mayChangeCustomers", false);
    }

    @Test
    void redirectsOtherModulesPagesAndResponsesWithoutViewGetNothing() throws NoSuchMethodException {
        assertThat(rendered(modulePage(), new ModelAndView("redirect:/contacts")).getModel()).isEmpty();
        assertThat(rendered(modulePage(), new ModelAndView(new RedirectView("/contacts"))).getModel()).isEmpty();
        assertThat(rendered(modulePage(), new ModelAndView()).getModel()).isEmpty();
        HandlerMethod elsewhere = new HandlerMethod(new StringBuilder(), StringBuilder.class.getMethod("toString"));
        assertThat(rendered(elsewhere, new ModelAndView("deals/board")).getModel()).isEmpty();
        interceptor.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), modulePage(), null);
    }

    @Test
    void aValueTheHandlerChoseIsKept() {
        ModelAndView chosen = new ModelAndView("customers/contact").addObject("mayChangeCustomers", false);

        assertThat(rendered(modulePage(), chosen).getModel()).containsEntry("mayChangeCustomers", false);
    }

    private ModelAndView rendered(HandlerMethod handler, ModelAndView modelAndView) {
        interceptor.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), handler, modelAndView);
        return modelAndView;
    }

    private HandlerMethod modulePage() {
        try {
            return new HandlerMethod(this, CustomerChangePermissionTests.class.getDeclaredMethod("modulePage"));
        }
        catch (NoSuchMethodException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
