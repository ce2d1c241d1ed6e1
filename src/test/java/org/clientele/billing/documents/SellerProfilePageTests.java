package org.clientele.billing.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;
import org.clientele.billing.numbering.DocumentNumbers;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The billing settings page: the seller's profile with its number patterns, and the logo. */
@ClienteleTest
class SellerProfilePageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SellerProfileManagement sellers;

    private Cookie session;
    private SellerProfileForm before;

    @BeforeEach
    void signIn() {
        session = PageSessions.signInAsAdministrator(mvc);
        before = sellers.form();
    }

    @AfterEach
    void restore() {
        sellers.save(before);
        sellers.removeLogo();
    }

    @Test
    void savesTheProfileAndShowsEachProblemAtItsField() throws Exception {
        Document page = html(mvc.get().uri("/admin/billing").cookie(session).exchange());
        assertThat(page.select("nav.navbar a[href=/admin/billing]")).as("navigation entry").hasSize(1);

        Document refused = html(post().param("name", " ").param("email", "nobody").param("defaultLanguage", "fr")
                .param("paymentTermDays", "400").param("quoteValidityDays", "0").param("quoteNumberPattern", "Q-{year}")
                .param("invoiceNumberPattern", "INV-{seq:4}-{month}").param("creditNoteNumberPattern", "CN-{seq}").exchange());
        assertThat(refused.select(".is-invalid").eachAttr("name")).containsExactlyInAnyOrder("name", "email", "defaultLanguage",
                "paymentTermDays", "quoteValidityDays", "quoteNumberPattern", "invoiceNumberPattern");
        assertThat(refused.select("#paymentTermDays-errors").text()).isEqualTo("Enter a whole number of days from 0 to 365.");

        assertThat(post().param("name", "Acme Ltd").param("address", "1 High Street\nLeeds").param("taxId", "GB123")
                .param("email", "billing@acme.example").param("defaultLanguage", "de").param("paymentTermDays", "30")
                .param("quoteValidityDays", "45").param("quoteNumberPattern", "A{yy}-{seq:3}").param("invoiceNumberPattern", "R{seq}")
                .param("creditNoteNumberPattern", "G-{year}-{seq:5}").exchange()).hasRedirectedUrl("/admin/billing");
        SellerProfile saved = sellers.current();
        assertThat(saved.name()).isEqualTo("Acme Ltd");
        assertThat(saved.address()).isEqualTo("1 High Street\nLeeds");
        assertThat(saved.defaultLanguage()).isEqualTo("de");
        assertThat(saved.paymentTermDays()).isEqualTo(30);
        assertThat(saved.quoteValidityDays()).isEqualTo(45);
        assertThat(saved.phone()).as("left empty").isNull();
        assertThat(sellers.numberPattern(DocumentNumbers.QUOTES)).isEqualTo("A{yy}-{seq:3}");
        assertThat(NumberPattern.format(sellers.numberPattern(DocumentNumbers.CREDIT_NOTES), 2026, 12)).isEqualTo("G-2026-00012");
    }

    @Test
    void aLogoIsScaledToAtMost400PixelsAndCanBeRemovedAfterConfirming() throws Exception {
        assertThat(mvc.post().uri("/admin/billing/logo").multipart().file(new MockMultipartFile("logo", "logo.jpg", "image/jpeg", image(1000, 250, "jpg")))
                .with(csrf()).cookie(session).exchange()).hasRedirectedUrl("/admin/billing");
        BufferedImage logo = ImageIO.read(new ByteArrayInputStream(sellers.current().logo()));
        assertThat(logo.getWidth()).isEqualTo(400);
        assertThat(logo.getHeight()).isEqualTo(100);
        assertThat(html(mvc.get().uri("/admin/billing").cookie(session).exchange()).select("[data-testid=logo-image]").attr("src"))
                .startsWith("data:image/png;base64,");

        MvcTestResult notAPicture = mvc.post().uri("/admin/billing/logo").multipart()
                .file(new MockMultipartFile("logo", "logo.png", "image/png", "not a picture".getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).cookie(session).exchange();
        assertThat(notAPicture.getMvcResult().getFlashMap().get("flash")).hasToString("Flash[kind=DANGER, messageKey=validation.billing.logo-unreadable, arguments=[]]");
        MvcTestResult tooLarge = mvc.post().uri("/admin/billing/logo").multipart()
                .file(new MockMultipartFile("logo", "logo.png", "image/png", new byte[1024 * 1024 + 1])).with(csrf()).cookie(session).exchange();
        assertThat(tooLarge.getMvcResult().getFlashMap().get("flash")).hasToString("Flash[kind=DANGER, messageKey=validation.billing.logo-too-large, arguments=[1024]]");
        assertThat(sellers.current().logo()).as("kept").isNotNull();

        Document confirm = html(mvc.get().uri("/admin/billing/logo/remove").cookie(session).exchange());
        assertThat(confirm.select("[data-testid=confirm-remove]")).hasSize(1);
        assertThat(sellers.current().logo()).as("not before confirming").isNotNull();
        assertThat(mvc.post().uri("/admin/billing/logo/remove").with(csrf()).cookie(session).exchange()).hasRedirectedUrl("/admin/billing");
        assertThat(sellers.current().logo()).isNull();
    }

    private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder post() {
        return mvc.post().uri("/admin/billing").with(csrf()).cookie(session);
    }

    private static Document html(MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static byte[] image(int width, int height, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }
}
