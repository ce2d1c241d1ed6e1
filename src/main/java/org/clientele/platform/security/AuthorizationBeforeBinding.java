package org.clientele.platform.security;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a handler's {@code @PreAuthorize} before its arguments are read, so that a caller who
 * lacks the permission is refused with 403 instead of being told (400, 422) what is wrong with a
 * request they may not make at all. Method security still checks again when the method runs, and
 * alone decides expressions that refer to the arguments ({@code #name}), which are not known yet.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationBeforeBinding implements WebMvcConfigurer, HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager authorization = new PreAuthorizeAuthorizationManager();

    /** Looked up once per handler method: the annotations cannot change while the application runs. */
    private final Map<Method, Boolean> refersToArguments = new ConcurrentHashMap<>();

    AuthorizationBeforeBinding(ApplicationContext context, ObjectProvider<MethodSecurityExpressionHandler> expressionHandler) {
        expressionHandler.ifAvailable(authorization::setExpressionHandler);
        authorization.setApplicationContext(context);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && !refersToArguments(method)) {
            authorization.verify(() -> SecurityContextHolder.getContext().getAuthentication(),
                    new SimpleMethodInvocation(method.getBean(), method.getMethod()));
        }
        return true;
    }

    private boolean refersToArguments(HandlerMethod method) {
        return refersToArguments.computeIfAbsent(method.getMethod(), declared -> refersToArguments(declared, method.getBeanType()));
    }

    private static boolean refersToArguments(Method method, Class<?> beanType) {
        PreAuthorize declared = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        if (declared == null) {
            declared = AnnotatedElementUtils.findMergedAnnotation(beanType, PreAuthorize.class);
        }
        return declared != null && declared.value().contains("#");
    }
}
