package org.clientele.platform;

/**
 * One record a search found.
 *
 * @param id the record's id, as the API writes it
 * @param title what the record is called
 * @param subtitle a line that tells it from others of the same name (a company, an e-mail address), or {@code null}
 * @param url the path of its page
 */
public record SearchHit(String id, String title, String subtitle, String url) {
}
