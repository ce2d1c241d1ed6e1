package org.clientele.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing and deleting teams, and putting users in them. */
@Service
public class TeamManagement {

    private final Teams teams;
    private final Users users;
    private final TeamHierarchy hierarchy;

    TeamManagement(Teams teams, Users users, TeamHierarchy hierarchy) {
        this.teams = teams;
        this.users = users;
        this.hierarchy = hierarchy;
    }

    /** @throws InvalidInputException if the name is taken or the parent does not exist */
    @Transactional
    public TeamView create(TeamForm form) {
        validate(null, form);
        return view(teams.save(new Team(form.name(), form.parentId())));
    }

    /**
     * @throws InvalidInputException if the name is taken, or the parent does not exist or would put the team inside itself
     * @throws RecordNotFoundException if there is no such team
     */
    @Transactional
    public TeamView change(long teamId, TeamForm form) {
        Team team = existing(teamId);
        validate(teamId, form);
        team.change(form.name(), form.parentId());
        return view(team);
    }

    /**
     * Deletes a team without sub-teams; its members stay users, and its records keep the team id
     * until their modules move them.
     *
     * @throws ConflictException if it has sub-teams, whose ids it names
     */
    @Transactional
    public void delete(long teamId) {
        Team team = existing(teamId);
        List<Long> subTeams = teams.subTeamIds(teamId);
        if (!subTeams.isEmpty()) {
            throw new ConflictException("teams.delete.has-sub-teams", subTeams.stream().map(String::valueOf).toList());
        }
        teams.delete(team);
    }

    /**
     * Puts a user in a team, or changes whether they head it.
     *
     * @throws InvalidInputException if there is no such user
     */
    @Transactional
    public TeamView putMember(long teamId, long userId, boolean head) {
        Team team = existing(teamId);
        if (!users.existsById(userId)) {
            throw InvalidInputException.of("userId", "validation.team.user-unknown");
        }
        team.putMember(userId, head);
        return view(team);
    }

    /** @throws InvalidInputException if no user has that e-mail address */
    @Transactional
    public TeamView putMember(long teamId, String email, boolean head) {
        Team team = existing(teamId);
        User user = users.findByEmail(User.normalizeEmail(email == null ? "" : email))
                .orElseThrow(() -> InvalidInputException.of("email", "validation.team.user-unknown"));
        team.putMember(user.getId(), head);
        return view(team);
    }

    /** @throws RecordNotFoundException if there is no such team or the user is not in it */
    @Transactional
    public TeamView removeMember(long teamId, long userId) {
        Team team = existing(teamId);
        if (!team.removeMember(userId)) {
            throw new RecordNotFoundException("Team member", userId);
        }
        return view(team);
    }

    /**
     * Whether the team exists, without reading it and its members as {@link #find} does. One of the
     * signed-in API caller's teams read for this call exists without asking again.
     */
    @Transactional(readOnly = true)
    public boolean exists(long teamId) {
        boolean callersOwn = ClienteleUserDetails.callerReadForThisCall().flatMap(ClienteleUserDetails::teamsReadForThisCall)
                .filter(callersTeams -> callersTeams.stream().anyMatch(team -> team.teamId() == teamId)).isPresent();
        return callersOwn || teams.existsById(teamId);
    }

    @Transactional(readOnly = true)
    public Optional<TeamView> find(long teamId) {
        return teams.findById(teamId).map(this::view);
    }

    private void validate(Long teamId, TeamForm form) {
        if (teams.nameTaken(form.name().strip(), teamId)) {
            throw InvalidInputException.of("name", "validation.team.name-taken");
        }
        Long parentId = form.parentId();
        if (parentId == null) {
            return;
        }
        if (!teams.existsById(parentId)) {
            throw InvalidInputException.of("parentId", "validation.team.parent-unknown");
        }
        if (teamId != null && hierarchy.wouldLoop(teamId, parentId)) {
            throw InvalidInputException.of("parentId", "validation.team.parent-loop");
        }
    }

    private Team existing(long teamId) {
        return teams.findById(teamId).orElseThrow(() -> new RecordNotFoundException("Team", teamId));
    }

    private TeamView view(Team team) {
        List<Team.Membership> memberships = List.copyOf(team.getMembers());
        Map<Long, User> byId = users.findAllById(memberships.stream().map(Team.Membership::userId).toList()).stream()
                .collect(Collectors.toMap(User::getId, Function.identity()));
        List<TeamMember> members = memberships.stream()
                .filter(membership -> byId.containsKey(membership.userId()))
                .map(membership -> {
                    User user = byId.get(membership.userId());
                    return new TeamMember(membership.userId(), user.getFullName(), user.getEmail(), membership.head());
                })
                .sorted(Comparator.comparing((TeamMember member) -> !member.head()).thenComparing(TeamMember::fullName,
                        String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<Long> subTeams = team.getId() == null ? List.of() : teams.subTeamIds(team.getId());
        return new TeamView(team.getId(), team.getName(), team.getParentId(), subTeams, members, team.getCreatedAt());
    }
}
