package dev.alchemy.autoconfigure.bindsonlyfixtures;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * An application whose databases are all binds: no default database.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(BindsOnlyService.class)
public class BindsOnlyApplication {

}
