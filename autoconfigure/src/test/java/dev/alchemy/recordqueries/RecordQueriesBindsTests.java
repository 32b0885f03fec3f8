package dev.alchemy.recordqueries;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import dev.alchemy.Db;
import dev.alchemy.autoconfigure.bindfixtures.BindsApplication;
import dev.alchemy.autoconfigure.bindfixtures.Note;
import dev.alchemy.autoconfigure.bindfixtures.auth.Account;
import dev.alchemy.autoconfigure.bindfixtures.meta.Tag;
import dev.alchemy.session.SessionScope;
import dev.alchemy.test.databases.TestDatabases;

import static dev.alchemy.recordqueries.RecordedQueriesAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for query recording across binds, together with statement echo, and for the
 * engines it leaves alone when it is off.
 */
@ExtendWith(OutputCaptureExtension.class)
class RecordQueriesBindsTests {

	@TempDir
	static Path directory;

	@Test
	void everyBindIsRecordedUnderItsKeyThroughTheProxyEchoUsesToo(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext context = BindsApplication.start(
				"sqlalchemy.database-uri=" + TestDatabases.postgresql().uri(),
				"sqlalchemy.binds.auth=" + TestDatabases.mariadb().uri(),
				"sqlalchemy.binds.meta.uri=" + TestDatabases.sqlite(directory).uri(), "sqlalchemy.record-queries=true",
				"sqlalchemy.binds.meta.echo=true", "spring.datasource.connection-fetch=eager")) {
			Db db = context.getBean(Db.class);
			db.createAll();
			for (DataSource engine : db.engines().values()) {
				assertThat(engine).isInstanceOf(ProxyDataSource.class);
				assertThat(((ProxyDataSource) engine).getDataSource()).isInstanceOf(HikariDataSource.class);
			}
			try (SessionScope scope = db.openScope()) {
				db.session().createQuery("select n from Note n", Note.class).getResultList();
				db.session().createQuery("select a from Account a", Account.class).getResultList();
				db.session().createQuery("select t from Tag t", Tag.class).getResultList();
				assertThat(db.recordedQueries()).extracting(QueryInfo::bind).containsExactly("default", "auth", "meta");
				assertThat(db.recordedQueries()).onBind("auth").hasSize(1).statements().singleElement()
					.asString().contains("account");
			}
		}
		assertThat(output).contains("[meta] select").doesNotContain("[auth] select");
	}

	@Test
	void withRecordingOffNoEngineIsWrapped() {
		try (ConfigurableApplicationContext context = BindsApplication.start(
				"sqlalchemy.database-uri=" + TestDatabases.sqlite(directory).uri(),
				"sqlalchemy.binds.auth=" + TestDatabases.sqlite(directory).uri(),
				"sqlalchemy.binds.meta=" + TestDatabases.sqlite(directory).uri(),
				"spring.datasource.connection-fetch=eager")) {
			Db db = context.getBean(Db.class);
			assertThat(db.engines().values())
				.allSatisfy((engine) -> assertThat(engine).isInstanceOf(HikariDataSource.class));
			assertThat(context.getBeansOfType(QueryRecorder.class)).isEmpty();
			try (SessionScope scope = db.openScope()) {
				assertThatIllegalStateException().isThrownBy(db::recordedQueries)
					.withMessageContaining("sqlalchemy.record-queries=true");
			}
		}
	}

}
