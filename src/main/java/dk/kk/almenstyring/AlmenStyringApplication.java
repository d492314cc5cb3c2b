package dk.kk.almenstyring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AlmenStyringApplication {

    public static void main(String[] args) {
        SpringApplication.run(AlmenStyringApplication.class, args);
    }
}
