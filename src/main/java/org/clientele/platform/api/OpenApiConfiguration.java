package org.clientele.platform.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /v3/api-docs} and shown by Swagger UI. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BEARER = "bearer";

    @Bean
    OpenAPI clienteleOpenApi(ObjectProvider<BuildProperties> build) {
        String version = build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Clientele API")
                        .version(version)
                        .description("""
                                REST API of Clientele. Authenticate with `Authorization: Bearer <token>`, where the \
                                token is a personal access token (`clt_…`, made on the profile page or with \
                                `POST /api/v1/tokens`) or a short-lived one from `POST /api/v1/auth/token`. \
                                Lists page by cursor: pass the `next` \
                                value of one page as `cursor` to get the next. Errors are RFC 9457 problem details \
                                (`application/problem+json`).""")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT or personal access token")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
