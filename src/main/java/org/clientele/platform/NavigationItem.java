package org.clientele.platform;

/**
 * An entry a module adds to the top navigation by declaring it as a bean.
 *
 * @param labelKey message key of the label
 * @param path where the entry leads
 * @param icon Bootstrap Icons name without the {@code bi-} prefix
 * @param order position within its menu, lower first
 * @param menu which menu the entry belongs to
 * @param authority the authority a user needs to see the entry, or {@code null} for everyone signed in
 */
public record NavigationItem(String labelKey, String path, String icon, int order, Menu menu, String authority) {

    public enum Menu {
        /** The main bar: the business areas. */
        MAIN,
        /** The administration menu. */
        ADMINISTRATION
    }

    public static NavigationItem main(String labelKey, String path, String icon, int order, String authority) {
        return new NavigationItem(labelKey, path, icon, order, Menu.MAIN, authority);
    }

    public static NavigationItem administration(String labelKey, String path, String icon, int order, String authority) {
        return new NavigationItem(labelKey, path, icon, order, Menu.ADMINISTRATION, authority);
    }
}
