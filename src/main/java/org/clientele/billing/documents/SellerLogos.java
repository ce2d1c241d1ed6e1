package org.clientele.billing.documents;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The logo column of the seller's profile row, read and written on its own. */
@Component
class SellerLogos {

    private final JdbcClient jdbc;

    SellerLogos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<byte[]> find() {
        return jdbc.sql("select logo from billing_seller_profile where id = ?").param(Seller.ID)
                .query((rs, n) -> rs.getBytes("logo")).optional();
    }

    void change(byte[] png) {
        jdbc.sql("update billing_seller_profile set logo = ? where id = ?").params(png, Seller.ID).update();
    }
}
