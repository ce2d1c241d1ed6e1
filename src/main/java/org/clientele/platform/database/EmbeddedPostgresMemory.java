package org.clientele.platform.database;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.regex.Pattern;

import com.sun.management.OperatingSystemMXBean;

/**
 * How much memory the embedded PostgreSQL keeps for its cache of table and index pages
 * ({@code shared_buffers}). PostgreSQL's own default of 128 MB holds a fraction of the indexes of
 * a million contacts, so an import or a report re-reads pages from the operating system and
 * writes out dirty ones itself (an import of 100,000 contacts took two thirds longer after other
 * work had filled that cache). {@code auto} takes an eighth of the machine's memory, which leaves
 * the rest to the application, the operating system's own file cache and other programs, within
 * 128 MB and 2 GB.
 */
final class EmbeddedPostgresMemory {

    static final String AUTO = "auto";

    private static final long MB = 1024 * 1024;
    private static final long LEAST_MB = 128;
    private static final long MOST_MB = 2048;
    private static final Pattern SIZE = Pattern.compile("[1-9][0-9]{0,6}(MB|GB)");

    private EmbeddedPostgresMemory() {
    }

    /**
     * @param setting {@code auto} or a size such as {@code 512MB} or {@code 2GB}
     * @return the value for {@code shared_buffers}
     * @throws InvalidDatabaseSettingException if the setting is neither
     */
    static String sharedBuffers(String setting) {
        return sharedBuffers(setting, physicalMemory());
    }

    static String sharedBuffers(String setting, long physicalBytes) {
        String value = setting == null ? AUTO : setting.strip();
        if (value.equalsIgnoreCase(AUTO) || value.isEmpty()) {
            long megabytes = Math.max(LEAST_MB, Math.min(MOST_MB, physicalBytes / 8 / MB));
            return megabytes + "MB";
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (!SIZE.matcher(upper).matches()) {
            throw new InvalidDatabaseSettingException("CLIENTELE_DB_EMBEDDED_SHARED_BUFFERS must be auto or a size such as 512MB or 2GB, not "
                    + value);
        }
        return upper;
    }

    private static long physicalMemory() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean system ? system.getTotalMemorySize() : 0;
    }
}
