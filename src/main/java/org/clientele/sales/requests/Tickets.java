package org.clientele.sales.requests;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Ticket codes such as {@code R-7KQ2M9XD}: "R-" and eight characters drawn at random from 32 that
 * cannot be mistaken for each other (no 0, 1, I or O). Random rather than counted, so that nodes
 * need no shared sequence and codes reveal nothing about volume (decision 16); the unique index
 * is the final guard, and a code already taken is drawn again.
 */
@Component
class Tickets {

    static final String PREFIX = "R-";
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final int LENGTH = 8;

    private final SecureRandom random = new SecureRandom();
    private final CustomerRequests requests;

    Tickets(CustomerRequests requests) {
        this.requests = requests;
    }

    String next() {
        String ticket;
        do {
            ticket = draw();
        }
        while (requests.existsByTicket(ticket));
        return ticket;
    }

    private String draw() {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Whether the text looks like a ticket code, ignoring case (what the inbox search looks up exactly). */
    static boolean looksLikeTicket(String text) {
        return text != null && text.strip().toUpperCase(java.util.Locale.ROOT).matches("R-[2-9A-HJ-NP-Z]{8}");
    }
}
