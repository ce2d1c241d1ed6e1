package org.clientele.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds users by e-mail address for the sign-in form. */
@Service
class ClienteleUserDetailsService implements UserDetailsService {

    private final Users users;

    ClienteleUserDetailsService(Users users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmail(User.normalizeEmail(email))
                .map(ClienteleUserDetails::of)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
