package org.clientele.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A team's name and the team it belongs to.
 *
 * @param parentId the team above it, or {@code null} for a team at the top
 */
public record TeamForm(@NotBlank @Size(max = 120) String name, Long parentId) {
}
