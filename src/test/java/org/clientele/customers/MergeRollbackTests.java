package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import java.util.List;
import java.util.Map;

import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A merge whose last link fails to move leaves both records, their contacts and their timelines exactly as they were. */
@ClienteleTest
class MergeRollbackTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    JdbcClient jdbc;

    @MockitoSpyBean
    ConvertedLeadsMergeParticipant leads;

    @Test
    void aFailingParticipantUndoesTheWholeMerge() {
        ApiCalls admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        String tag = ApiCalls.unique();
        String survivor = admin.createAnyway(MergeApiTests.COMPANIES, "{\"name\": \"Stays " + tag + "\"}");
        String merged = admin.createAnyway(MergeApiTests.COMPANIES, "{\"name\": \"Goes " + tag + "\", "
                + "\"emails\": [\"goes@" + tag + ".example\"]}");
        String worker = admin.createAnyway(MergeApiTests.CONTACTS, "{\"lastName\": \"W " + tag + "\", \"companyId\": \""
                + merged + "\"}");
        MvcTestResult note = admin.post(MergeApiTests.COMPANIES + "/" + merged + "/notes", "{\"body\": \"<p>History</p>\"}");
        assertThat(note).hasStatus(201);
        doThrow(new IllegalStateException("link store unavailable")).when(leads).moveAll(eq(TimelineSubject.COMPANY),
                eq(Long.parseLong(merged)), anyLong());
        Map<String, Object> before = row(survivor);

        assertThat(admin.post(MergeApiTests.COMPANIES + "/merge", "{\"survivorId\": \"" + survivor + "\", \"mergedId\": \"" + merged
                + "\", \"fields\": {\"name\": \"MERGED\"}}")).hasStatus(500);

        assertThat(admin.get(MergeApiTests.COMPANIES + "/" + merged)).hasStatusOk().bodyJson().extractingPath("$.emails[0]")
                .isEqualTo("goes@" + tag + ".example");
        assertThat(row(survivor)).isEqualTo(before);
        assertThat(admin.get(MergeApiTests.CONTACTS + "/" + worker)).bodyJson().extractingPath("$.companyId").isEqualTo(merged);
        assertThat(ApiCalls.<List<String>>read(admin.get(MergeApiTests.COMPANIES + "/" + merged + "/timeline"), "$.data[*].id"))
                .containsExactly(ApiCalls.<String>read(note, "$.id"));
        assertThat(ApiCalls.<List<String>>read(admin.get(MergeApiTests.COMPANIES + "/" + survivor + "/timeline"), "$.data[*].id"))
                .isEmpty();
    }

    private Map<String, Object> row(String companyId) {
        return jdbc.sql("select name, version, email, website from companies where id = ?").param(Long.parseLong(companyId)).query()
                .singleRow();
    }
}
