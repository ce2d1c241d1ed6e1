package org.clientele.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.clientele.identity.TeamForm;
import org.clientele.identity.TeamManagement;
import org.clientele.platform.SetupStatus;
import org.clientele.sales.deals.ClosingReasonForm;
import org.clientele.sales.deals.ClosingReasonManagement;
import org.clientele.sales.deals.PipelineForm;
import org.clientele.sales.deals.PipelineManagement;
import org.clientele.sales.deals.StageForm;
import org.clientele.sales.deals.StageOutcome;
import org.clientele.shared.InvalidInputException;
import org.clientele.testing.ApiClient;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A pipeline, closing reason, deal, request or quotation given a team that does not exist is
 * refused at teamId; an existing one is taken.
 */
@ClienteleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnknownTeamTests {

    private static final String UNKNOWN = "999999999";
    private static final List<StageForm> STAGES = List.of(new StageForm("Talking", BigDecimal.TEN, StageOutcome.OPEN),
            new StageForm("Won", BigDecimal.valueOf(100), StageOutcome.WON), new StageForm("Lost", BigDecimal.ZERO, StageOutcome.LOST));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    PipelineManagement pipelines;

    @Autowired
    ClosingReasonManagement reasons;

    @Autowired
    TeamManagement teams;

    private ApiClient api;
    private String company;
    private long team;

    @BeforeAll
    void prepare() {
        api = new ApiClient(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        company = api.create("/api/v1/companies", "{\"name\": \"Unknown team " + System.nanoTime() + "\"}");
        team = teams.create(new TeamForm("Known team " + System.nanoTime(), null)).id();
    }

    @ParameterizedTest(name = "POST {0}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/deals | {\"name\": \"Teamless\", \"currency\": \"EUR\", \"teamId\": \"{team}\"}",
            "/api/v1/requests | {\"lastName\": \"Teamless\", \"subject\": \"Hello\", \"teamId\": \"{team}\"}",
            "/api/v1/quotes | {\"companyId\": \"{company}\", \"currency\": \"EUR\", \"teamId\": \"{team}\", "
                    + "\"lines\": [{\"description\": \"Seats\", \"quantity\": \"1\", \"unitPrice\": \"10\"}]}"})
    void theApiRefusesAnUnknownTeamAndTakesAKnownOne(String path, String json) {
        String body = json.replace("{company}", company);

        assertThat(api.post(path, body.replace("{team}", UNKNOWN))).hasStatus(422).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("teamId");
        assertThat(api.post(path, body.replace("{team}", Long.toString(team)))).hasStatus(201);
    }

    @Test
    void pipelinesAndClosingReasonsRefuseAnUnknownTeamAndTakeAKnownOne() {
        long unknown = Long.parseLong(UNKNOWN);

        assertThatThrownBy(() -> pipelines.create(new PipelineForm("Teamless " + System.nanoTime(), unknown), STAGES))
                .isInstanceOfSatisfying(InvalidInputException.class, UnknownTeamTests::refusedAtTheTeam);
        assertThatThrownBy(() -> reasons.create(new ClosingReasonForm("Teamless " + System.nanoTime(), true, unknown)))
                .isInstanceOfSatisfying(InvalidInputException.class, UnknownTeamTests::refusedAtTheTeam);
        assertThat(pipelines.create(new PipelineForm("Teamed " + System.nanoTime(), team), STAGES).teamId()).isEqualTo(team);
        assertThat(reasons.create(new ClosingReasonForm("Teamed " + System.nanoTime(), true, team)).teamId()).isEqualTo(team);
    }

    private static void refusedAtTheTeam(InvalidInputException refusal) {
        assertThat(refusal.problems()).extracting(InvalidInputException.FieldProblem::field).containsExactly("teamId");
    }
}
