package org.clientele.identity.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.clientele.identity.TeamDirectory;
import org.clientele.identity.TeamForm;
import org.clientele.identity.TeamManagement;
import org.clientele.identity.TeamMember;
import org.clientele.identity.TeamSummary;
import org.clientele.identity.TeamView;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.Created;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/teams")
@Tag(name = "Teams")
class TeamsApiController {

    private final TeamManagement teams;
    private final TeamDirectory directory;

    TeamsApiController(TeamManagement teams, TeamDirectory directory) {
        this.teams = teams;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('users:read')")
    @Operation(summary = "List teams by name (sort: name, -name)")
    CursorPage<TeamSummaryJson> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String sort) {
        return directory.list(PageRequest.of(limit, sort, cursor, TeamDirectory.DEFAULT_SORT)).map(TeamSummaryJson::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('users:read')")
    @Operation(summary = "One team with its members and sub-teams")
    TeamJson get(@PathVariable long id) {
        return TeamJson.of(existing(id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('users:admin')")
    @Operation(summary = "Create a team, at the top or inside another (parentId)")
    @ResponseStatus(HttpStatus.CREATED)
    TeamJson create(@Valid @RequestBody TeamJsonInput input, HttpServletResponse response) {
        TeamView created = teams.create(new TeamForm(input.name(), parseId(input.parentId())));
        return Created.at(response, "/api/v1/teams/" + created.id(), TeamJson.of(created));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('users:admin')")
    @Operation(summary = "Change a team (JSON merge patch): name, parentId (null moves it to the top)")
    TeamJson change(@PathVariable long id, @RequestBody JsonNode patch) {
        TeamView current = existing(id);
        String name = patch.hasNonNull("name") ? patch.get("name").asString() : current.name();
        Long parentId = patch.has("parentId") ? parseId(patch.get("parentId").isNull() ? null : patch.get("parentId").asString())
                : current.parentId();
        return TeamJson.of(teams.change(id, new TeamForm(name, parentId)));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('users:admin')")
    @Operation(summary = "Delete a team that has no sub-teams (409 otherwise)")
    ResponseEntity<Void> delete(@PathVariable long id) {
        teams.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/members")
    @PreAuthorize("hasAuthority('users:read')")
    @Operation(summary = "The team's members, heads first")
    List<MemberJson> members(@PathVariable long id) {
        return existing(id).members().stream().map(MemberJson::of).toList();
    }

    @PutMapping("/{id}/members/{userId}")
    @PreAuthorize("hasAuthority('users:admin')")
    @Operation(summary = "Put a user in the team, or change whether they head it ({\"head\": true})")
    List<MemberJson> putMember(@PathVariable long id, @PathVariable long userId, @RequestBody(required = false) MemberInput input) {
        boolean head = input != null && Boolean.TRUE.equals(input.head());
        return teams.putMember(id, userId, head).members().stream().map(MemberJson::of).toList();
    }

    @DeleteMapping("/{id}/members/{userId}")
    @PreAuthorize("hasAuthority('users:admin')")
    @Operation(summary = "Take a user out of the team")
    ResponseEntity<Void> removeMember(@PathVariable long id, @PathVariable long userId) {
        teams.removeMember(id, userId);
        return ResponseEntity.noContent().build();
    }

    private TeamView existing(long id) {
        return teams.find(id).orElseThrow(() -> new RecordNotFoundException("Team", id));
    }

    private static Long parseId(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(id.strip());
        }
        catch (NumberFormatException ex) {
            throw InvalidInputException.of("parentId", "validation.team.parent-unknown");
        }
    }

    record TeamJsonInput(@NotBlank @Size(max = 120) String name,
            String parentId) {
    }

    record MemberInput(Boolean head) {
    }

    record MemberJson(String userId, String fullName, String email, boolean head) {

        static MemberJson of(TeamMember member) {
            return new MemberJson(Long.toString(member.userId()), member.fullName(), member.email(), member.head());
        }
    }

    record TeamSummaryJson(String id, String name, String parentId, int memberCount) {

        static TeamSummaryJson of(TeamSummary team) {
            return new TeamSummaryJson(Long.toString(team.id()), team.name(), idString(team.parentId()), team.memberCount());
        }
    }

    record TeamJson(String id, String name, String parentId, List<String> subTeamIds, List<MemberJson> members,
            Instant createdAt) {

        static TeamJson of(TeamView team) {
            return new TeamJson(Long.toString(team.id()), team.name(), idString(team.parentId()),
                    team.subTeamIds().stream().map(String::valueOf).toList(), team.members().stream().map(MemberJson::of).toList(),
                    team.createdAt());
        }
    }

    private static String idString(Long id) {
        return id == null ? null : Long.toString(id);
    }
}
