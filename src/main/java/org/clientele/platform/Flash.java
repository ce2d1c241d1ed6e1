package org.clientele.platform;

import java.io.Serializable;
import java.util.List;

/**
 * A message shown once on the next page after a redirect; the layout renders it. It travels in
 * the session, so its arguments must be serializable. Add it with
 * {@code redirectAttributes.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("key"))}.
 */
public record Flash(Kind kind, String messageKey, List<Object> arguments) implements Serializable {

    public static final String ATTRIBUTE = "flash";

    public enum Kind {
        SUCCESS, INFO, WARNING, DANGER;

        /** The Bootstrap alert class for this kind. */
        public String cssClass() {
            return "alert-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Flash success(String messageKey, Object... arguments) {
        return new Flash(Kind.SUCCESS, messageKey, List.of(arguments));
    }

    public static Flash info(String messageKey, Object... arguments) {
        return new Flash(Kind.INFO, messageKey, List.of(arguments));
    }

    public static Flash warning(String messageKey, Object... arguments) {
        return new Flash(Kind.WARNING, messageKey, List.of(arguments));
    }

    public static Flash danger(String messageKey, Object... arguments) {
        return new Flash(Kind.DANGER, messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
