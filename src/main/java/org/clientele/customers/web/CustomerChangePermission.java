package org.clientele.customers.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the module's pages whether the signed-in user may change customer records, as
 * {@code mayChangeCustomers}: worked out once per request instead of by a {@code sec:authorize}
 * on every form, which looks up the security expression handler and parses its expression each
 * time (a contact page with its tags, segments and timeline had nine of them).
 */
@ControllerAdvice(basePackageClasses = CustomerChangePermission.class)
class CustomerChangePermission {

    static final String AUTHORITY = "customers:write";

    @ModelAttribute("mayChangeCustomers")
    boolean mayChangeCustomers() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(AUTHORITY::equals);
    }
}
