package org.clientele.customers.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Tells the module's pages and fragments whether the signed-in user may change customer records,
 * as {@code mayChangeCustomers}: worked out once per rendered view instead of by a
 * {@code sec:authorize} on every form, which looks up the security expression handler and parses
 * its expression each time (a contact page with its tags, segments and timeline had nine of them).
 * API calls and redirects render nothing and are left alone.
 */
@Configuration(proxyBeanMethods = false)
class CustomerChangePermission implements WebMvcConfigurer, HandlerInterceptor {

    static final String AUTHORITY = "customers:write";
    static final String ATTRIBUTE = "mayChangeCustomers";

    private static final HandlerTypePredicate MODULE_PAGES = HandlerTypePredicate.forBasePackageClass(CustomerChangePermission.class);

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView modelAndView) {
        if (handler instanceof HandlerMethod method && MODULE_PAGES.test(method.getBeanType()) && rendersAView(modelAndView)
                && !modelAndView.getModel().containsKey(ATTRIBUTE)) {
            modelAndView.addObject(ATTRIBUTE, mayChangeCustomers());
        }
    }

    private static boolean rendersAView(ModelAndView modelAndView) {
        if (modelAndView == null || !modelAndView.hasView()) {
            return false;
        }
        String viewName = modelAndView.getViewName();
        return viewName == null ? !(modelAndView.getView() instanceof RedirectView) : !viewName.startsWith("redirect:");
    }

    private static boolean mayChangeCustomers() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(AUTHORITY::equals);
    }
}
