package org.clientele.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A user uploads a profile picture, colleagues see it, bad files are refused with a message, and it can be removed. */
@ClienteleTest
class AvatarTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    ApplicationContext context;

    TestAccounts.Account user;

    Cookie session;

    @BeforeEach
    void signIn() {
        user = TestAccounts.create(context, "Avery Avatar", Set.of(Role.SALES));
        session = PageSessions.signIn(mvc, user.email(), user.password());
    }

    @Test
    void uploadedPictureIsCutToASquarePngThatColleaguesSeeAndItCanBeRemoved() throws Exception {
        assertThat(profile().select("[data-testid=avatar-image]")).isEmpty();
        String avatarPath = "/users/" + user.user().id() + "/avatar";
        assertThat(mvc.get().uri(avatarPath).cookie(session)).hasStatus(HttpStatus.NOT_FOUND);

        MvcTestResult uploaded = upload(new MockMultipartFile("avatar", "holiday.jpg", "image/jpeg", image(800, 400, "jpeg")));

        assertThat(uploaded).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/profile");
        Document profile = profile();
        assertThat(profile.select("[data-testid=flash]").text()).isEqualTo(message("avatar.saved"));
        assertThat(profile.select("[data-testid=avatar-image]").attr("src")).startsWith(avatarPath + "?v=");

        TestAccounts.Account other = TestAccounts.create(context, "Colleague", Set.of(Role.SUPPORT));
        Cookie colleague = PageSessions.signIn(mvc, other.email(), other.password());
        MvcTestResult served = mvc.get().uri(avatarPath).cookie(colleague).exchange();
        assertThat(served).hasStatusOk().hasContentType(MediaType.IMAGE_PNG);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(served.getResponse().getContentAsByteArray()));
        assertThat(picture.getWidth()).isEqualTo(AvatarImages.SIZE);
        assertThat(picture.getHeight()).isEqualTo(AvatarImages.SIZE);

        String etag = served.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(mvc.get().uri(avatarPath).cookie(colleague).header(HttpHeaders.IF_NONE_MATCH, etag))
                .hasStatus(HttpStatus.NOT_MODIFIED);

        assertThat(mvc.post().uri("/profile/avatar/remove").cookie(session).with(csrf()))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/profile");
        assertThat(profile().select("[data-testid=avatar-image]")).isEmpty();
        assertThat(mvc.get().uri(avatarPath).cookie(colleague)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aFileThatIsNoPictureIsRefusedWithAMessageAndKeepsThePictureBefore() throws Exception {
        upload(new MockMultipartFile("avatar", "me.png", "image/png", image(300, 300, "png")));
        assertThat(profile().select("[data-testid=flash]").text()).isEqualTo(message("avatar.saved"));
        byte[] before = mvc.get().uri("/users/" + user.user().id() + "/avatar").cookie(session).exchange()
                .getResponse().getContentAsByteArray();

        upload(new MockMultipartFile("avatar", "not-really.png", "image/png", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)));

        assertThat(profile().select("[data-testid=flash]").text()).isEqualTo(message("avatar.unreadable"));
        assertThat(mvc.get().uri("/users/" + user.user().id() + "/avatar").cookie(session).exchange()
                .getResponse().getContentAsByteArray()).isEqualTo(before);
    }

    @Test
    void anEmptyOrOversizedUploadIsRefusedWithAMessage() throws Exception {
        upload(new MockMultipartFile("avatar", "", "application/octet-stream", new byte[0]));
        assertThat(profile().select("[data-testid=flash]").text()).isEqualTo(message("avatar.empty"));

        byte[] large = new byte[AvatarImages.MAX_UPLOAD_BYTES + 1];
        upload(new MockMultipartFile("avatar", "huge.png", "image/png", large));
        assertThat(profile().select("[data-testid=flash]").text()).isEqualTo(message("avatar.too-large", 2));
        assertThat(profile().select("[data-testid=avatar-image]")).isEmpty();
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() throws Exception {
        assertThat(mvc.post().uri("/profile/avatar").multipart()
                .file(new MockMultipartFile("avatar", "me.png", "image/png", image(10, 10, "png"))).cookie(session))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private MvcTestResult upload(MockMultipartFile file) {
        return mvc.post().uri("/profile/avatar").multipart().file(file).cookie(session).with(csrf()).exchange();
    }

    private Document profile() throws Exception {
        MvcTestResult page = mvc.get().uri("/profile").cookie(session).exchange();
        assertThat(page).hasStatusOk();
        return Jsoup.parse(page.getResponse().getContentAsString());
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }

    private static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }
}
