package org.clientele.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Keeps the signed-in user's session in step after they change their own name, language or time zone. */
@Component
public class SignedInUsers {

    private final ClienteleUserDetailsService userDetails;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SignedInUsers(ClienteleUserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    public void refresh(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = holder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof ClienteleUserDetails signedIn)) {
            return;
        }
        ClienteleUserDetails fresh = (ClienteleUserDetails) userDetails.loadUserByUsername(signedIn.email());
        fresh.eraseCredentials();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
