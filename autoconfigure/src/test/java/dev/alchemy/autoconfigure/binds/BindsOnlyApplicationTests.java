package dev.alchemy.autoconfigure.binds;

import java.nio.file.Path;

import java.util.List;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.ConfigurableApplicationContext;

import dev.alchemy.Db;
import dev.alchemy.autoconfigure.bindsonlyfixtures.BindsOnlyApplication;
import dev.alchemy.autoconfigure.bindsonlyfixtures.BindsOnlyService;
import dev.alchemy.autoconfigure.bindsonlyfixtures.Label;
import dev.alchemy.autoconfigure.bindsonlyfixtures.LabelRepository;
import dev.alchemy.autoconfigure.bindsonlyfixtures.Login;
import dev.alchemy.autoconfigure.bindsonlyfixtures.LoginRepository;
import dev.alchemy.session.SessionScope;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * An application with binds and no default database, on MariaDB and SQLite.
 */
class BindsOnlyApplicationTests {

	@TempDir
	Path sqliteDirectory;

	@Test
	void bindsWorkWithoutADefaultDatabase() {
		TestDatabase mariadb = TestDatabases.mariadb();
		TestDatabase sqlite = TestDatabases.sqlite(this.sqliteDirectory);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BindsOnlyApplication.class)
			.web(WebApplicationType.NONE)
			.run("--sqlalchemy.binds.auth=" + mariadb.uri(), "--sqlalchemy.binds.meta=" + sqlite.uri())) {
			assertThat(context.getBeanNamesForType(DataSource.class)).containsExactlyInAnyOrder("authDataSource",
					"metaDataSource");
			Db db = context.getBean(Db.class);
			assertThat(db.engines()).containsOnlyKeys("auth", "meta");
			CompositeHealthDescriptor health = (CompositeHealthDescriptor) context.getBean(HealthEndpoint.class)
				.healthForPath("db");
			assertThat(health.getComponents()).containsOnlyKeys("authDataSource", "metaDataSource");
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			for (String pool : List.of("auth", "meta")) {
				assertThat(registry.find("hikaricp.connections.max").tag("pool", pool).gauge()).as(pool).isNotNull();
			}
			db.createAll();
			try (SessionScope scope = db.openScope()) {
				db.session().add(new Login("ada"));
				db.session().add(new Label("x"));
				db.session().commit();
			}
			context.getBean(LoginRepository.class).save(new Login("grace"));
			context.getBean(LabelRepository.class).save(new Label("y"));
			assertThat(mariadb.jdbc().queryForList("select name from login order by name", String.class))
				.containsExactly("ada", "grace");
			assertThat(sqlite.jdbc().queryForList("select text from label order by text", String.class))
				.containsExactly("x", "y");
			assertThatIllegalStateException()
				.isThrownBy(() -> context.getBean(BindsOnlyService.class).writeBothThenFail("gone"));
			assertThat(mariadb.jdbc().queryForObject("select count(*) from login", Integer.class)).isEqualTo(2);
			assertThat(sqlite.jdbc().queryForObject("select count(*) from label", Integer.class)).isEqualTo(2);
		}
	}

}
