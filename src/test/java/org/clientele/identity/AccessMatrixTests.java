package org.clientele.identity;

import static java.time.temporal.ChronoUnit.HOURS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.lang.reflect.Method;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.api.ApiRequests;
import org.clientele.testing.ApiTokensForTests;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.FormSignIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every handler the application registers, read from its request mappings, against an anonymous
 * caller and a signed-in user of every role: anonymous callers are sent to sign in (pages) or get
 * 401 (API), users whose roles lack the permission the handler declares get 403, and users who
 * hold it reach the handler. A handler that is not on the short public list and declares no
 * permission fails here, so a new endpoint is covered, and has to say what it needs, without this
 * test being edited.
 */
@ClienteleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

    private static final String PASSWORD = "Access-Matrix-Password-1";

    /**
     * What anyone may reach: the sign-in pages (the password, then the code for those with
     * two-factor sign-in, who are not signed in until they give it), the first-start pages, the
     * API's sign-in, the error page, the pages the links in invitation and password-reset
     * mails lead to, and the public web-to-lead forms that other sites embed.
     */
    private static final Set<String> PUBLIC = Set.of(
            "GET /login",
            "GET /login/code",
            "POST /login/code",
            "GET /invitation/{token}",
            "POST /invitation/{token}",
            "GET /password-reset",
            "POST /password-reset",
            "GET /password-reset/{token}",
            "POST /password-reset/{token}",
            "GET /setup",
            "POST /setup",
            "POST /api/v1/auth/token",
            "GET /error",
            "GET /offline",
            "GET /forms/{token}",
            "POST /forms/{token}",
            "GET /public/quotes/{id}",
            "GET /public/quotes/{id}/pdf",
            "POST /public/quotes/{id}/accept",
            "POST /public/quotes/{id}/decline");

    private static final String SIGNED_IN_EXPRESSION = "isAuthenticated()";
    private static final Pattern HAS_AUTHORITY = Pattern.compile("hasAuthority\\('([^']+)'\\)");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");
    private static final Set<String> PERMISSION_CODES = Arrays.stream(Permission.values())
            .map(Permission::code)
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    private static final Set<HttpMethod> UNSAFE = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserManagement userManagement;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JwtEncoder encoder;

    private final Map<Role, Caller> callers = new EnumMap<>(Role.class);

    /** What every path variable is replaced with: a user who exists, so that being let through is not a 404. */
    private long existingId;

    @BeforeAll
    void signInOneUserPerRole() throws Exception {
        existingId = createUser("access-matrix-subject@clientele.test", Set.of(Role.SALES));
        for (Role role : Role.values()) {
            String email = "access-matrix-" + role.name().toLowerCase(Locale.ROOT) + "@clientele.test";
            long userId = createUser(email, Set.of(role));
            Cookie session = FormSignIn.session(mvc, email, PASSWORD);
            MockHttpServletResponse home = mvc.perform(get("/").cookie(session)).andReturn().getResponse();
            assertThat(home.getStatus()).as("home page for %s right after signing in", role).isEqualTo(200);
            Instant now = Instant.now();
            callers.put(role, new Caller(role, session, ApiTokensForTests.token(encoder, userId, now, now.plus(1, HOURS))));
        }
    }

    @TestFactory
    Stream<DynamicNode> everyHandlerAgainstEveryRole() {
        List<Endpoint> endpoints = endpoints();
        Set<String> keys = endpoints.stream().map(Endpoint::key).collect(Collectors.toSet());
        Stream<DynamicNode> inventory = Stream.of(
                dynamicTest("handlers are read from the application's request mappings",
                        () -> assertThat(keys).contains("GET /", "GET /api/v1/me")),
                dynamicTest("every handler on the public list exists",
                        () -> assertThat(keys).as("handlers (method and path)").containsAll(PUBLIC)));
        return Stream.concat(inventory, endpoints.stream().map(this::casesFor));
    }

    @Test
    void pagesForbidInlineScriptsAndFraming() throws Exception {
        MockHttpServletResponse signedIn = mvc.perform(get("/").cookie(callers.get(Role.ADMINISTRATOR).session()))
                .andReturn().getResponse();
        MockHttpServletResponse anonymous = mvc.perform(get("/login")).andReturn().getResponse();

        assertThat(signedIn.getStatus()).isEqualTo(200);
        assertPageHeaders(signedIn);
        assertThat(anonymous.getStatus()).isEqualTo(200);
        assertPageHeaders(anonymous);
    }

    private DynamicNode casesFor(Endpoint endpoint) {
        Requirement requirement;
        String path;
        try {
            requirement = requirementOf(endpoint);
            path = concretePath(endpoint);
        }
        catch (AssertionError ex) {
            return dynamicTest(endpoint.name(), () -> {
                throw ex;
            });
        }
        List<DynamicTest> cases = new ArrayList<>();
        cases.add(dynamicTest(requirement.open() ? "anonymous: reaches it" : "anonymous: "
                + (endpoint.api() ? "401" : "sent to sign in"), () -> anonymous(endpoint, path, requirement)));
        if (!requirement.open()) {
            for (Role role : Role.values()) {
                if (requirement.heldBy(role)) {
                    cases.add(dynamicTest(role + ": may", () -> allowed(endpoint, path, callers.get(role))));
                }
                else {
                    cases.add(dynamicTest(role + ": 403", () -> refused(endpoint, path, callers.get(role))));
                }
            }
        }
        return dynamicContainer(endpoint.name() + " needs " + requirement.describe(), cases);
    }

    private void anonymous(Endpoint endpoint, String path, Requirement requirement) throws Exception {
        MvcResult result = perform(endpoint, path, null);
        MockHttpServletResponse response = result.getResponse();
        if (requirement.open()) {
            // A public handler may refuse by itself (a quotation link whose signature does not match answers 403);
            // what counts is that the security filters let the caller through to it.
            boolean answeredByItsHandler = result.getHandler() instanceof HandlerMethod handler
                    && handler.getMethod().equals(endpoint.handler().getMethod());
            assertThat(response.getStatus()).as(describe(endpoint, path, "anonymous", response))
                    .isNotIn(401, answeredByItsHandler ? 401 : 403);
        }
        else if (endpoint.api()) {
            assertProblem(result, 401, describe(endpoint, path, "anonymous", response));
        }
        else {
            assertThat(response.getStatus()).as(describe(endpoint, path, "anonymous", response)).isEqualTo(302);
            assertThat(redirectPath(response)).as("where %s %s sends an anonymous caller", endpoint.method(), path)
                    .isEqualTo("/login");
        }
        if (!endpoint.api()) {
            assertPageHeadersUnlessRedirect(response);
        }
    }

    private void allowed(Endpoint endpoint, String path, Caller caller) throws Exception {
        MvcResult result = perform(endpoint, path, caller);
        MockHttpServletResponse response = result.getResponse();
        String description = describe(endpoint, path, caller.role().name(), response);
        assertThat(response.getStatus()).as(description).isNotIn(401, 403).isLessThan(500);
        assertThat(result.getHandler()).as("handler that answered " + description)
                .isInstanceOfSatisfying(HandlerMethod.class,
                        handler -> assertThat(handler.getMethod()).isEqualTo(endpoint.handler().getMethod()));
        if (!endpoint.api()) {
            assertThat(redirectPath(response)).as("redirect of " + description).isNotEqualTo("/login");
            assertPageHeadersUnlessRedirect(response);
        }
    }

    private void refused(Endpoint endpoint, String path, Caller caller) throws Exception {
        MvcResult result = perform(endpoint, path, caller);
        MockHttpServletResponse response = result.getResponse();
        String description = describe(endpoint, path, caller.role().name(), response);
        if (endpoint.api()) {
            assertProblem(result, 403, description);
        }
        else {
            assertThat(response.getStatus()).as(description).isEqualTo(403);
            assertPageHeadersUnlessRedirect(response);
        }
    }

    private MvcResult perform(Endpoint endpoint, String path, Caller caller) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), path);
        if (endpoint.api()) {
            if (WITH_BODY.contains(endpoint.method())) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
            if (caller != null) {
                request.header(HttpHeaders.AUTHORIZATION, "Bearer " + caller.token());
            }
        }
        else {
            if (UNSAFE.contains(endpoint.method())) {
                request.with(csrf());
            }
            if (caller != null) {
                request.cookie(caller.session());
            }
        }
        return mvc.perform(request).andReturn();
    }

    /**
     * What a handler demands, from its {@code @PreAuthorize} on the method or else on the class.
     * Fails for a handler that is neither public nor declares one, and for any expression this
     * test cannot read, so that nothing passes unchecked.
     */
    private static Requirement requirementOf(Endpoint endpoint) {
        Method method = endpoint.handler().getMethod();
        PreAuthorize declared = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        if (declared == null) {
            declared = AnnotatedElementUtils.findMergedAnnotation(endpoint.handler().getBeanType(), PreAuthorize.class);
        }
        if (PUBLIC.contains(endpoint.key())) {
            if (declared != null) {
                fail("%s is on the public list but declares @PreAuthorize(\"%s\"): take it off the list",
                        endpoint.name(), declared.value());
            }
            return Requirement.PUBLIC;
        }
        if (declared == null) {
            fail("%s declares no @PreAuthorize: every handler that is not public must name the permission it needs "
                    + "(hasAuthority('…')) or isAuthenticated(), on the method or its class", endpoint.name());
        }
        String expression = declared.value().strip();
        if (expression.equals(SIGNED_IN_EXPRESSION)) {
            return Requirement.SIGNED_IN;
        }
        Matcher authority = HAS_AUTHORITY.matcher(expression);
        if (authority.matches()) {
            if (!PERMISSION_CODES.contains(authority.group(1))) {
                fail("%s demands '%s', which is no Permission, so no role can ever hold it",
                        endpoint.name(), authority.group(1));
            }
            return new Requirement(false, authority.group(1));
        }
        return fail("%s declares @PreAuthorize(\"%s\"), which this test cannot read: use hasAuthority('…') or "
                + "isAuthenticated(), or teach AccessMatrixTests the new form", endpoint.name(), expression);
    }

    private String concretePath(Endpoint endpoint) {
        String path = PATH_VARIABLE.matcher(endpoint.pattern()).replaceAll(Long.toString(existingId));
        if (path.contains("*") || path.contains("{") || path.contains("}")) {
            fail("%s: cannot make a request path from the pattern %s", endpoint.name(), endpoint.pattern());
        }
        return path;
    }

    private List<Endpoint> endpoints() {
        Map<String, Endpoint> found = new TreeMap<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                if (!isClientele(handler.getBeanType())) {
                    return;
                }
                Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
                Set<RequestMethod> methods = declared.isEmpty() ? Set.of(RequestMethod.GET) : declared;
                for (String pattern : info.getPatternValues()) {
                    for (RequestMethod method : methods) {
                        Endpoint endpoint = new Endpoint(method.asHttpMethod(), pattern, handler);
                        found.putIfAbsent(endpoint.name(), endpoint);
                    }
                }
            });
        }
        return List.copyOf(found.values());
    }

    private static boolean isClientele(Class<?> type) {
        String packageName = type.getPackageName();
        return packageName.equals("org.clientele") || packageName.startsWith("org.clientele.");
    }

    private long createUser(String email, Set<Role> roles) {
        UserAccount account = userManagement.create(new NewUser("Access Matrix " + roles, email, PASSWORD, roles, "en", "UTC"));
        int changed = jdbc.sql("update users set password_change_required = false where id = ?").param(account.id()).update();
        assertThat(changed).as("users whose temporary password was made permanent").isEqualTo(1);
        return account.id();
    }

    private static void assertProblem(MvcResult result, int status, String description) throws Exception {
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).as(description).isEqualTo(status);
        assertThat(response.getContentType()).as("content type of " + description).isNotNull();
        assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("problem details for " + description).isTrue();
        jsonPath("$.status").value(status).match(result);
    }

    /**
     * Every page a browser shows comes with the headers; a bare redirect has nothing to protect,
     * and the setup gate sends its redirects before the security filters add them.
     */
    private static void assertPageHeadersUnlessRedirect(MockHttpServletResponse response) {
        if (response.getRedirectedUrl() == null) {
            assertPageHeaders(response);
        }
    }

    /** No inline script and no framing. */
    private static void assertPageHeaders(MockHttpServletResponse response) {
        String policy = response.getHeader("Content-Security-Policy");
        assertThat(policy).as("Content-Security-Policy").isNotNull().contains("script-src 'self'");
        String scripts = Arrays.stream(policy.split(";"))
                .map(String::strip)
                .filter(directive -> directive.startsWith("script-src "))
                .findFirst()
                .orElseThrow();
        assertThat(scripts).as("script-src").doesNotContain("'unsafe-inline'");
        assertThat(response.getHeader("X-Frame-Options")).as("X-Frame-Options").isEqualTo("DENY");
    }

    private static String redirectPath(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        return location == null ? null : URI.create(location).getPath();
    }

    private static String describe(Endpoint endpoint, String path, String caller, MockHttpServletResponse response)
            throws Exception {
        String body = response.getContentAsString();
        return "%s %s as %s (answered %d%s%s)".formatted(endpoint.method(), path, caller, response.getStatus(),
                response.getRedirectedUrl() == null ? "" : " to " + response.getRedirectedUrl(),
                body.isEmpty() ? "" : ": " + body.substring(0, Math.min(300, body.length())));
    }

    /** One method and path pattern of a handler. */
    private record Endpoint(HttpMethod method, String pattern, HandlerMethod handler) {

        String key() {
            return method.name() + " " + pattern;
        }

        String name() {
            return key() + " (" + handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName() + ")";
        }

        boolean api() {
            return ApiRequests.isApiPath(pattern);
        }
    }

    /**
     * What a handler demands.
     *
     * @param open reachable without signing in
     * @param authority the permission code needed, or {@code null} when any signed-in user may
     */
    private record Requirement(boolean open, String authority) {

        static final Requirement PUBLIC = new Requirement(true, null);
        static final Requirement SIGNED_IN = new Requirement(false, null);

        boolean heldBy(Role role) {
            return authority == null || role.permissions().stream().anyMatch(permission -> permission.code().equals(authority));
        }

        String describe() {
            return open ? "nothing (public)" : authority == null ? "a signed-in user" : authority;
        }
    }

    /** A signed-in user of one role, with a page session and an API token. */
    private record Caller(Role role, Cookie session, String token) {
    }
}
