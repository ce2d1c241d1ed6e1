package org.clientele.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientele.billing.invoices.InvoiceCalls.INVOICES;
import static org.clientele.billing.invoices.InvoiceFixture.draft;
import static org.clientele.billing.invoices.InvoiceFixture.line;

import org.clientele.testing.ApiClient;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.VisibilityFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Invoices obey record visibility like deals: owner and team, on the list, the details, the PDF and the actions. */
@ClienteleTest
class InvoiceVisibilityTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    ApplicationContext context;

    @Autowired
    InvoiceDrafts drafts;

    @Test
    void anInvoiceIsVisibleToItsOwnerAndTheTeamHeadAndMissingToOthers() {
        VisibilityFixture people = VisibilityFixture.create(context);
        InvoiceFixture fixture = new InvoiceFixture(context).signIn();
        long company = fixture.company("Seen by few");
        InvoiceFixture.signOut();
        long ofSalesA = drafts.createDraft(people.salesA().user().id(), draft(company, "EUR", line("A's work", "1", "10")));
        long ofSalesB = drafts.createDraft(people.salesB().user().id(), draft(company, "EUR", line("B's work", "1", "20")));
        String list = INVOICES + "?companyId=" + company;

        people.assertListShows(mvc, people.salesA(), list, ofSalesA);
        people.assertListShows(mvc, people.salesB(), list, ofSalesB);
        people.assertListShows(mvc, people.managerA(), list, ofSalesA);
        people.assertDetailVisible(mvc, people.managerA(), INVOICES + "/" + ofSalesA);
        people.assertDetailHidden(mvc, people.salesB(), INVOICES + "/" + ofSalesA);
        people.assertDetailHidden(mvc, people.salesA(), INVOICES + "/" + ofSalesB);
        people.assertDetailHidden(mvc, people.managerA(), INVOICES + "/" + ofSalesB + "/pdf");
        ApiClient admin = new ApiClient(mvc, encoder, fixture.adminId());
        people.assertListShows(mvc, people.salesB(), "/api/v1/reports/invoice-aging", "$.currencies[*].currency");
        assertThat(admin.get(list)).hasStatusOk().bodyJson().extractingPath("$.data[*].id").asArray()
                .containsExactlyInAnyOrder(String.valueOf(ofSalesA), String.valueOf(ofSalesB));
    }
}
