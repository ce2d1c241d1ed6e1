package org.clientele;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ClienteleApplication {

    public static void main(String[] args) {
        // Times are stored and computed in UTC; each user sees them in their own time zone.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        SpringApplication.run(ClienteleApplication.class, args);
    }
}
