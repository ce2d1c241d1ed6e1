package org.clientele.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import org.clientele.platform.BulkData;
import org.clientele.platform.BulkDataContributor;
import org.clientele.platform.BulkTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The generated data set's users and teams: {@code user01@generated.clientele.test} is the
 * administrator; every other user belongs to one team, whose first member heads it as a manager,
 * one is the accountant and the rest sell. All are active, sign in with the same password and need
 * neither a password change nor a second factor.
 *
 * <p>Shares {@code users} (index 0 the administrator), {@code users.team} (0 for none) and {@code teams}.
 */
@Component
class IdentityBulkData implements BulkDataContributor {

    static final String EMAIL_DOMAIN = "generated.clientele.test";

    private static final List<String> TEAM_NAMES = List.of("Sales North", "Sales South", "Sales East", "Sales West",
            "Key Accounts", "Inside Sales", "Partners", "Public Sector");

    private static final List<String> FIRST_NAMES = List.of("Anna", "Ben", "Clara", "David", "Elena", "Felix", "Grace", "Hugo",
            "Ines", "Jonas", "Katrin", "Leon", "Mia", "Noah", "Olivia", "Paul", "Quentin", "Rosa", "Samuel", "Tara", "Umar",
            "Vera", "William", "Xenia", "Yusuf", "Zoe", "Amir", "Bianca", "Carlos", "Dana", "Emil", "Fatima", "Georg", "Hanna",
            "Ivan", "Julia", "Karim", "Lena", "Marco", "Nina", "Oscar", "Petra", "Rafael", "Sara", "Tobias", "Ulrike", "Victor",
            "Wiebke", "Yara", "Zeno");

    private static final List<String> LAST_NAMES = List.of("Albers", "Brandt", "Castillo", "Dubois", "Eriksen", "Fischer",
            "García", "Hoffmann", "Ivanova", "Jansen", "Keller", "Lange", "Moreau", "Nowak", "Okonkwo", "Peters", "Quinn",
            "Richter", "Schulz", "Tanaka", "Ulrich", "Vogel", "Walker", "Xu", "Yilmaz", "Zimmermann", "Andersen", "Bauer",
            "Costa", "Dietrich", "Evans", "Fuchs", "Graf", "Hartmann", "Ito", "Jovanović", "Krause", "Lorenz", "Martin", "Neumann",
            "Olsen", "Pohl", "Rossi", "Santos", "Thomas", "Urban", "Vargas", "Weber", "Young", "Ziegler");

    private static final List<String> TIME_ZONES = List.of("Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "Europe/London",
            "Europe/Madrid", "Europe/Paris", "America/New_York");

    private final PasswordEncoder passwordEncoder;
    private final String password;

    IdentityBulkData(PasswordEncoder passwordEncoder, @Value("${generate.password:Generated-Password-1}") String password) {
        this.passwordEncoder = passwordEncoder;
        this.password = password;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void contribute(BulkData data) {
        int userCount = data.count("users");
        int teamCount = data.count("teams");
        if (userCount < 1) {
            throw new IllegalArgumentException("The generated data set needs at least one user, its administrator");
        }
        if (teamCount > TEAM_NAMES.size() * 100) {
            throw new IllegalArgumentException("The generator names at most " + TEAM_NAMES.size() * 100 + " teams");
        }
        Instant now = data.now();
        Instant firstDay = now.minus(Duration.ofDays(3 * 365));
        long[] teams = writeTeams(data, teamCount, firstDay);
        long[] users = new long[userCount];
        long[] userTeams = new long[userCount];
        writeUsers(data, users, userTeams, teams, firstDay);
        writeRoles(data, users, teamCount);
        writeMemberships(data, users, userTeams, teamCount);
        data.share("users", users);
        data.share("users.team", userTeams);
        data.share("teams", teams);
    }

    private long[] writeTeams(BulkData data, int teamCount, Instant createdAt) {
        long[] teams = new long[teamCount];
        long first = data.nextId("teams");
        try (BulkTable table = data.table("teams", "id", "version", "name", "parent_id", "created_at", "updated_at")) {
            for (int i = 0; i < teamCount; i++) {
                teams[i] = first + i;
                table.row(teams[i], 0, teamName(i), null, createdAt, createdAt);
            }
        }
        return teams;
    }

    private void writeUsers(BulkData data, long[] users, long[] userTeams, long[] teams, Instant firstDay) {
        SplittableRandom random = data.random("identity.users");
        String passwordHash = passwordEncoder.encode(password);
        long first = data.nextId("users");
        long spreadSeconds = Duration.between(firstDay, data.now()).toSeconds() / 2;
        try (BulkTable table = data.table("users", "id", "version", "email", "full_name", "password_hash", "locale", "time_zone",
                "active", "password_change_required", "failed_logins", "created_at", "updated_at")) {
            for (int i = 0; i < users.length; i++) {
                users[i] = first + i;
                userTeams[i] = i == 0 || teams.length == 0 ? 0 : teams[teamIndex(i, teams.length)];
                // The administrator starts the installation; colleagues join over the first half of the period.
                Instant createdAt = i == 0 ? firstDay : firstDay.plusSeconds(random.nextLong(spreadSeconds));
                table.row(users[i], 0, email(i), fullName(i), passwordHash, "en",
                        TIME_ZONES.get(random.nextInt(TIME_ZONES.size())), true, false, 0, createdAt, createdAt);
            }
        }
    }

    private static void writeRoles(BulkData data, long[] users, int teamCount) {
        try (BulkTable table = data.table("user_roles", "user_id", "role")) {
            for (int i = 0; i < users.length; i++) {
                table.row(users[i], role(i, teamCount));
            }
        }
    }

    private static void writeMemberships(BulkData data, long[] users, long[] userTeams, int teamCount) {
        try (BulkTable table = data.table("team_members", "team_id", "user_id", "head")) {
            for (int i = 1; i < users.length && teamCount > 0; i++) {
                table.row(userTeams[i], users[i], isHead(i, teamCount));
            }
        }
    }

    /** The administrator first, then one manager heading each team, one accountant, and salespeople. */
    static Role role(int index, int teamCount) {
        if (index == 0) {
            return Role.ADMINISTRATOR;
        }
        if (teamCount > 0 && isHead(index, teamCount)) {
            return Role.MANAGER;
        }
        return index == teamCount + 1 ? Role.ACCOUNTANT : Role.SALES;
    }

    private static boolean isHead(int index, int teamCount) {
        return index >= 1 && index <= teamCount;
    }

    /** Users after the administrator go round the teams, so each team gets about as many. */
    private static int teamIndex(int index, int teamCount) {
        return (index - 1) % teamCount;
    }

    static String email(int index) {
        return String.format("user%02d@%s", index + 1, EMAIL_DOMAIN);
    }

    private static String fullName(int index) {
        String firstName = FIRST_NAMES.get(index % FIRST_NAMES.size());
        String lastName = LAST_NAMES.get((index * 7 + index / LAST_NAMES.size()) % LAST_NAMES.size());
        return firstName + " " + lastName;
    }

    private static String teamName(int index) {
        String name = TEAM_NAMES.get(index % TEAM_NAMES.size());
        return index < TEAM_NAMES.size() ? name : name + " " + (index / TEAM_NAMES.size() + 1);
    }
}
