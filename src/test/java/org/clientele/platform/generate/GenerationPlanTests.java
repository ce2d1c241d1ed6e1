package org.clientele.platform.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GenerationPlanTests {

    @Test
    void fullIsTheDataSetOfTheScaleIssue() {
        GenerationPlan plan = GenerationPlan.parse("full");

        assertThat(plan.count("contacts")).isEqualTo(1_000_000);
        assertThat(plan.count("companies")).isEqualTo(200_000);
        assertThat(plan.count("timeline")).isEqualTo(3_000_000);
        assertThat(plan.count("users")).isEqualTo(50);
    }

    @Test
    void scaleMultipliesAndPairsOverride() {
        GenerationPlan plan = GenerationPlan.parse("scale=0.01, contacts=1234");

        assertThat(plan.count("companies")).isEqualTo(2_000);
        assertThat(plan.count("contacts")).isEqualTo(1_234);
        assertThat(plan.count("teams")).isEqualTo(2);
    }

    @Test
    void keepsAtLeastTwoUsersAndTeamsWhenScaledDown() {
        GenerationPlan plan = GenerationPlan.parse("scale=0.001");

        assertThat(plan.count("users")).isEqualTo(2);
        assertThat(plan.count("teams")).isEqualTo(2);
        assertThat(plan.count("deals")).isEqualTo(300);
    }

    @Test
    void namesWhatItCannotRead() {
        assertThatThrownBy(() -> GenerationPlan.parse("customers=5")).hasMessageContaining("Unknown kind \"customers\"");
        assertThatThrownBy(() -> GenerationPlan.parse("contacts=many")).hasMessageContaining("not a number: many");
        assertThatThrownBy(() -> GenerationPlan.parse("scale=0")).hasMessageContaining("above 0");
        assertThatThrownBy(() -> GenerationPlan.parse("lots")).hasMessageContaining("Cannot read \"lots\"");
        assertThatThrownBy(() -> GenerationPlan.parse("full").count("tickets")).hasMessageContaining("no kind \"tickets\"");
    }
}
