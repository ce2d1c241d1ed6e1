package org.clientele.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The OpenAPI description and Swagger UI are served to anyone, and describe the API as it is. */
@ClienteleTest
class ApiDocumentationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void openApiDescribesTheApiWithBearerAuthentication() {
        var result = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.info.title").asString().isEqualTo("Clientele API");
        assertThat(result).bodyJson().extractingPath("$.components.securitySchemes.bearer.scheme").asString().isEqualTo("bearer");
        assertThat(result).bodyJson().extractingPath("$.paths['/api/v1/auth/token'].post").isNotNull();
        assertThat(result).bodyJson().extractingPath("$.paths['/api/v1/me'].get").isNotNull();
    }

    @Test
    void swaggerUiIsServed() {
        assertThat(mvc.get().uri("/swagger-ui/index.html")).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
    }
}
