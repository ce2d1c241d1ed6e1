package org.clientele.platform.generate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Turns the values contributors hand over into what each database's bulk path takes. */
final class BulkValues {

    private static final DateTimeFormatter LOAD_DATA_TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    private BulkValues() {
    }

    /** One field of PostgreSQL's CSV COPY format: empty for null, quoted text otherwise. */
    static void appendCsv(StringBuilder line, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            line.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    line.append('"');
                }
                line.append(c);
            }
            line.append('"');
        } else if (value instanceof BigDecimal decimal) {
            line.append(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof LocalDate) {
            line.append(value);
        } else if (value instanceof Boolean flag) {
            line.append(flag ? 't' : 'f');
        } else if (value instanceof Enum<?> constant) {
            line.append(constant.name());
        } else if (value instanceof Instant instant) {
            line.append(instant);
        } else if (value instanceof OffsetDateTime time) {
            line.append(time.toInstant());
        } else {
            throw unsupported(value);
        }
    }

    /**
     * One field of the text {@code LOAD DATA} reads by default: {@code \N} for null, tabs, line
     * breaks and backslashes escaped with a backslash, timestamps in UTC as the application keeps them.
     */
    static void appendLoadData(StringBuilder line, Object value) {
        if (value == null) {
            line.append("\\N");
        } else if (value instanceof String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    case '\0' -> line.append("\\0");
                    default -> line.append(c);
                }
            }
        } else if (value instanceof Boolean flag) {
            line.append(flag ? '1' : '0');
        } else if (value instanceof BigDecimal decimal) {
            line.append(decimal.toPlainString());
        } else if (jdbcValue(value) instanceof LocalDateTime time) {
            line.append(LOAD_DATA_TIMESTAMP.format(time));
        } else {
            line.append(jdbcValue(value));
        }
    }

    /** A JDBC parameter for MySQL and MariaDB, whose timestamps the application keeps in UTC. */
    static Object jdbcValue(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof LocalDate) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime time) {
            return LocalDateTime.ofInstant(time.toInstant(), ZoneOffset.UTC);
        }
        throw unsupported(value);
    }

    private static IllegalArgumentException unsupported(Object value) {
        return new IllegalArgumentException("A bulk row cannot hold a " + value.getClass().getName());
    }
}
