package org.clientele.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** The state between password and code: under a new session id, and worthless once it has waited too long. */
class TwoFactorSignInExpiryTests {

    private final Users users = mock(Users.class);
    private final TwoFactorAuthentication twoFactor = mock(TwoFactorAuthentication.class);
    private final LoginAttempts attempts = mock(LoginAttempts.class);

    @Test
    void keepsOnlyTheUserIdUnderANewSessionId() {
        TwoFactorSignIn signIn = signIn(Duration.ofMinutes(5));
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpSession session = new MockHttpSession();
        request.setSession(session);
        String idBefore = session.getId();

        signIn.begin(request, 42);

        assertThat(request.getSession().getId()).isNotEqualTo(idBefore);
        assertThat(request.getSession().getAttribute(TwoFactorSignIn.PENDING))
                .isInstanceOfSatisfying(TwoFactorSignIn.Pending.class, pending -> assertThat(pending.userId()).isEqualTo(42));
        assertThat(signIn.awaitingCode(request)).isTrue();
    }

    @Test
    void aSignInThatWaitedTooLongIsForgottenAndChecksNoCode() {
        TwoFactorSignIn signIn = signIn(Duration.ZERO);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession());
        signIn.begin(request, 42);

        assertThat(signIn.awaitingCode(request)).isFalse();
        assertThat(request.getSession().getAttribute(TwoFactorSignIn.PENDING)).isNull();
        assertThat(signIn.complete(request, new MockHttpServletResponse(), "123456").outcome())
                .isEqualTo(TwoFactorSignIn.Outcome.EXPIRED);
        verifyNoInteractions(twoFactor, attempts, users);
    }

    private TwoFactorSignIn signIn(Duration timeout) {
        return new TwoFactorSignIn(users, mock(ClienteleUserDetailsService.class), twoFactor, attempts, timeout);
    }
}
