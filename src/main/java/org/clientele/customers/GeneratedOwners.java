package org.clientele.customers;

import java.util.SplittableRandom;

import org.clientele.platform.BulkData;

/**
 * The users generated customer records belong to, as identity shared them: every user but the
 * administrator (index 0), unless the administrator is alone; each record goes to its owner's team.
 */
final class GeneratedOwners {

    private final long[] users;
    private final long[] teams;
    private final int firstOwner;

    private GeneratedOwners(long[] users, long[] teams) {
        if (users.length == 0) {
            throw new IllegalStateException("Customer records need an owner, and no users were generated");
        }
        this.users = users;
        this.teams = teams;
        this.firstOwner = users.length > 1 ? 1 : 0;
    }

    static GeneratedOwners of(BulkData data) {
        return new GeneratedOwners(data.shared("users"), data.shared("users.team"));
    }

    /** A random owner's index. */
    int pick(SplittableRandom random) {
        return firstOwner + random.nextInt(users.length - firstOwner);
    }

    long user(int index) {
        return users[index];
    }

    /** The owner's team, 0 for none. */
    long team(int index) {
        return teams[index];
    }

    /** The index of a user id, or -1. */
    int indexOf(long userId) {
        for (int i = 0; i < users.length; i++) {
            if (users[i] == userId) {
                return i;
            }
        }
        return -1;
    }

    /** The team as the record's column holds it: {@code null} for none. */
    static Long teamColumn(long team) {
        return team == 0 ? null : team;
    }
}
