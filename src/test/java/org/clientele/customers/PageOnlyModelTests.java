package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.ControllerAdviceBean;

/**
 * What pages need before they are rendered (the CSRF token loaded, {@code mayChangeCustomers})
 * is prepared for pages and htmx fragments only, never for an API call, which renders no view.
 */
@ClienteleTest
class PageOnlyModelTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    ApplicationContext context;

    @Autowired
    ContactManagement contacts;

    @Test
    void anApiCallLoadsNoCsrfToken() {
        AtomicInteger loaded = new AtomicInteger();
        CsrfToken counted = new CsrfToken() {
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
        };
        ApiCalls admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());

        assertThat(mvc.get().uri("/api/v1/contacts?limit=1").header(HttpHeaders.AUTHORIZATION, admin.bearer())
                .requestAttr(CsrfToken.class.getName(), counted)).hasStatus(200);

        assertThat(loaded).hasValue(0);
    }

    @Test
    void noModelAttributeAdviceRunsForAnApiController() {
        List<Class<?>> apiControllers = Arrays.stream(context.getBeanNamesForAnnotation(RestController.class))
                .<Class<?>>map(context::getType).toList();
        assertThat(apiControllers).isNotEmpty();

        for (ControllerAdviceBean advice : ControllerAdviceBean.findAnnotatedBeans(context)) {
            if (Arrays.stream(advice.getBeanType().getDeclaredMethods()).anyMatch(PageOnlyModelTests::modelAttribute)) {
                assertThat(apiControllers).as(advice.getBeanType().getName()).noneMatch(advice::isApplicableToBeanType);
            }
        }
    }

    @Test
    void aContactPageAndItsTimelineAreToldTheUserMayChangeCustomers() {
        long adminId = setup.firstAdministratorId().orElseThrow();
        long id = contacts.create(adminId, new ContactForm("Modelled", "Page " + ApiCalls.unique(), null, null, null, null, null, null,
                adminId, null, null)).id();
        Cookie session = PageSessions.signInAsAdministrator(mvc);

        MvcTestResult page = mvc.get().uri("/contacts/" + id).cookie(session).exchange();
        MvcTestResult timeline = mvc.get().uri("/contacts/" + id + "/timeline").header("HX-Request", "true").cookie(session).exchange();

        assertThat(page).hasStatusOk().model().containsEntry("mayChangeCustomers", true);
        assertThat(timeline).hasStatusOk().model().containsEntry("mayChangeCustomers", true);
    }

    private static boolean modelAttribute(Method method) {
        return method.isAnnotationPresent(ModelAttribute.class);
    }
}
