package dev.alchemy.autoconfigure.unknownbindfixtures;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * An application with an entity in a bind that is not configured.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class UnknownBindApplication {

}
