package dev.alchemy.url;

import java.nio.file.Path;
import java.util.List;

import dev.alchemy.url.InvalidDatabaseUrlException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * Tests for {@link DatabaseUrl}.
 */
class DatabaseUrlTests {

	private static final Path INSTANCE = Path.of("/srv/app/instance");

	private static final String SECRET = "Sup3rS3cret";

	// Schemes and drivers

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			postgresql://h/db            | POSTGRESQL
			postgres://h/db              | POSTGRESQL
			PostgreSQL://h/db            | POSTGRESQL
			mysql://h/db                 | MYSQL
			mariadb://h/db               | MARIADB
			sqlite://                    | SQLITE
			h2://                        | H2
			mssql://h:1433/db            | MSSQL
			oracle://h:1521/ORCL         | ORACLE
			cockroachdb://h/db           | COCKROACHDB
			""")
	void schemeNamesTheDialect(String url, Dialect dialect) {
		DatabaseUrl parsed = DatabaseUrl.parse(url);
		assertThat(parsed.dialect()).isEqualTo(dialect);
		assertThat(parsed.isJdbc()).isFalse();
		assertThat(parsed.toJdbcUrl(INSTANCE).dialect()).isEqualTo(dialect);
		assertThat(parsed.toJdbcUrl(INSTANCE).driverClassName()).isEqualTo(dialect.driverClassName());
	}

	@Test
	void postgresAliasTranslatesLikePostgresql() {
		assertThat(jdbc("postgres://app:pw@db.internal:5433/main?sslmode=require"))
			.isEqualTo(jdbc("postgresql://app:pw@db.internal:5433/main?sslmode=require"))
			.isEqualTo("jdbc:postgresql://db.internal:5433/main?sslmode=require");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			postgresql+psycopg2://u@h/db        | postgresql+psycopg2       | psycopg2
			postgresql+psycopg://u@h/db         | postgresql+psycopg        | psycopg
			postgresql+pg8000://u@h/db          | postgresql+pg8000         | pg8000
			mysql+pymysql://u@h/db              | mysql+pymysql             | pymysql
			mysql+mysqldb://u@h/db              | mysql+mysqldb             | mysqldb
			mysql+mysqlconnector://u@h/db       | mysql+mysqlconnector      | mysqlconnector
			mariadb+mariadbconnector://u@h/db   | mariadb+mariadbconnector  | mariadbconnector
			mssql+pyodbc://u@h:1433/db          | mssql+pyodbc              | pyodbc
			mssql+pymssql://u@h:1433/db         | mssql+pymssql             | pymssql
			oracle+oracledb://u@h:1521/ORCL     | oracle+oracledb           | oracledb
			oracle+cx_oracle://u@h:1521/ORCL    | oracle+cx_oracle          | cx_oracle
			sqlite+pysqlite:///app.db           | sqlite+pysqlite           | pysqlite
			""")
	void syncDriverSuffixIsKeptButDoesNotChangeTheJdbcUrl(String url, String scheme, String driver) {
		DatabaseUrl parsed = DatabaseUrl.parse(url);
		assertThat(parsed.scheme()).isEqualTo(scheme);
		assertThat(parsed.driver()).isEqualTo(driver);
		String withoutDriver = url.replace("+" + driver, "");
		assertThat(jdbc(url)).isEqualTo(jdbc(withoutDriver));
		assertThat(DatabaseUrl.parse(withoutDriver).driver()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql+asyncpg://u:pw@h/db", "postgresql+psycopg_async://u:pw@h/db",
			"sqlite+aiosqlite:///app.db", "mysql+aiomysql://u:pw@h/db", "mysql+asyncmy://u:pw@h/db",
			"mssql+aioodbc://u:pw@h:1433/db", "oracle+oracledb_async://u:pw@h:1521/ORCL",
			"postgresql+AsyncPG://u:pw@h/db" })
	void asyncDriverIsRefused(String url) {
		InvalidDatabaseUrlException ex = invalid(url);
		String driver = url.substring(url.indexOf('+') + 1, url.indexOf(':'));
		assertThat(ex.kind()).isEqualTo(Kind.ASYNC_DRIVER);
		assertThat(ex.reason()).contains("'" + driver + "'").contains("JDBC is blocking").contains("'+" + driver + "'");
	}

	@Test
	void unknownSchemeIsRefusedNamingTheKnownOnes() {
		InvalidDatabaseUrlException ex = invalid("redis://cache.internal:6379/0");
		assertThat(ex.kind()).isEqualTo(Kind.UNKNOWN_SCHEME);
		assertThat(ex.reason()).contains("'redis'")
			.contains("postgresql, postgres, mysql, mariadb, sqlite, h2, mssql, oracle, cockroachdb")
			.contains("jdbc:");
	}

	@Test
	void unknownSchemeWinsOverAnAsyncLookingDriver() {
		assertThat(invalid("mongodb+asyncpg://h/db").kind()).isEqualTo(Kind.UNKNOWN_SCHEME);
	}

	// Credentials and percent-decoding

	@Test
	void credentialsArePercentDecodedAndKeptOutOfTheJdbcUrl() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://app%40corp:p%40ss%2Fw%3Ard%25@db.internal/main");
		assertThat(url.username()).isEqualTo("app@corp");
		assertThat(url.password()).isEqualTo("p@ss/w:rd%");
		JdbcUrl jdbc = url.toJdbcUrl(INSTANCE);
		assertThat(jdbc.url()).isEqualTo("jdbc:postgresql://db.internal/main");
		assertThat(jdbc.username()).isEqualTo("app@corp");
		assertThat(jdbc.password()).isEqualTo("p@ss/w:rd%");
	}

	@Test
	void databaseAndQueryValuesArePercentDecoded() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://h/my%2Fdb?application_name=a%3Ab%25c%40d%20e");
		assertThat(url.database()).isEqualTo("my/db");
		assertThat(url.query()).containsExactly(entry("application_name", List.of("a:b%c@d e")));
		// pgjdbc decodes the database and the values, so they are encoded again.
		assertThat(jdbc(url)).isEqualTo("jdbc:postgresql://h/my%2Fdb?ApplicationName=a:b%25c@d%20e");
	}

	@Test
	void plusInAQueryValueIsAPlusNotASpace() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://h/db?application_name=a+b");
		assertThat(url.query().get("application_name")).containsExactly("a+b");
		assertThat(jdbc(url)).isEqualTo("jdbc:postgresql://h/db?ApplicationName=a%2Bb");
	}

	@Test
	void passwordMayHoldUnescapedReservedCharacters() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://u:p/ss?w#rd:1@x@h:5432/db?sslmode=require");
		assertThat(url.username()).isEqualTo("u");
		assertThat(url.password()).isEqualTo("p/ss?w#rd:1@x");
		assertThat(url.host()).isEqualTo("h");
		assertThat(url.port()).isEqualTo(5432);
		assertThat(url.database()).isEqualTo("db");
		assertThat(url.query()).containsOnlyKeys("sslmode");
	}

	@Test
	void atSignInAQueryValueDoesNotEndTheUserInfo() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://u:pw@h/db?application_name=me@example");
		assertThat(url.password()).isEqualTo("pw");
		assertThat(url.host()).isEqualTo("h");
		assertThat(url.query().get("application_name")).containsExactly("me@example");
		DatabaseUrl ipv6 = DatabaseUrl.parse("postgresql://[::1]:5432/db?application_name=me@example");
		assertThat(ipv6.password()).isNull();
		assertThat(ipv6.host()).isEqualTo("::1");
		assertThat(ipv6.query().get("application_name")).containsExactly("me@example");
	}

	@Test
	void atSignInASqlitePathIsNotUserInfo() {
		DatabaseUrl url = DatabaseUrl.parse("sqlite:////data/a@b.db");
		assertThat(url.username()).isNull();
		assertThat(url.database()).isEqualTo("/data/a@b.db");
		assertThat(jdbc(url)).isEqualTo("jdbc:sqlite:/data/a@b.db");
	}

	@Test
	void emptyPasswordIsKeptAndMissingPasswordIsNull() {
		assertThat(DatabaseUrl.parse("postgresql://u:@h/db").password()).isEmpty();
		assertThat(DatabaseUrl.parse("postgresql://u@h/db").password()).isNull();
		assertThat(DatabaseUrl.parse("postgresql://u@h/db").username()).isEqualTo("u");
		assertThat(DatabaseUrl.parse("postgresql://h/db").username()).isNull();
	}

	@Test
	void percentThatStartsNoEscapeIsKept() {
		assertThat(DatabaseUrl.parse("postgresql://u:50%off@h/db").password()).isEqualTo("50%off");
	}

	@Test
	void multiByteEscapesAreDecodedAsUtf8() {
		assertThat(DatabaseUrl.parse("postgresql://u:%C3%A9t%C3%A9@h/db").password()).isEqualTo("été");
	}

	@Test
	void escapeThatIsNotUtf8IsMalformed() {
		InvalidDatabaseUrlException ex = invalid("postgresql://u:%FF@h/db");
		assertThat(ex.kind()).isEqualTo(Kind.MALFORMED);
		assertThat(ex.reason()).contains("password").contains("UTF-8");
	}

	// Hosts and ports

	@Test
	void ipv6HostLosesItsBracketsAndRegainsThemInJdbc() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://u:pw@[::1]:5433/db");
		assertThat(url.host()).isEqualTo("::1");
		assertThat(url.port()).isEqualTo(5433);
		assertThat(jdbc(url)).isEqualTo("jdbc:postgresql://[::1]:5433/db");
		assertThat(jdbc("mysql://[2001:db8::7]/app")).isEqualTo("jdbc:mysql://[2001:db8::7]/app?characterEncoding=UTF-8");
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql://::1:5432/db", "postgresql://[::1/db", "postgresql://[::1]x/db",
			"postgresql://[not-an-ip]/db" })
	void badIpv6HostIsMalformed(String url) {
		assertThat(invalid(url).kind()).isEqualTo(Kind.MALFORMED);
	}

	@Test
	void defaultPortIsOmittedUnlessGiven() {
		assertThat(DatabaseUrl.parse("postgresql://h/db").port()).isNull();
		assertThat(jdbc("postgresql://h/db")).isEqualTo("jdbc:postgresql://h/db");
		assertThat(jdbc("postgresql://h:5432/db")).isEqualTo("jdbc:postgresql://h:5432/db");
		assertThat(jdbc("mysql://h/db")).isEqualTo("jdbc:mysql://h/db?characterEncoding=UTF-8");
		assertThat(jdbc("mysql://h:3307/db")).isEqualTo("jdbc:mysql://h:3307/db?characterEncoding=UTF-8");
	}

	@Test
	void cockroachdbAlwaysWritesItsPort() {
		assertThat(jdbc("cockroachdb://u:pw@crdb/bank")).isEqualTo("jdbc:postgresql://crdb:26257/bank");
		assertThat(jdbc("cockroachdb://u:pw@crdb:26000/bank")).isEqualTo("jdbc:postgresql://crdb:26000/bank");
		assertThat(DatabaseUrl.parse("cockroachdb://crdb/bank").toJdbcUrl(INSTANCE).driverClassName())
			.isEqualTo("org.postgresql.Driver");
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql://h:99999/db", "postgresql://h:65536/db", "postgresql://h:0/db",
			"postgresql://h:abc/db", "postgresql://h:/db", "postgresql://h:-1/db", "postgresql://h:54 32/db",
			"postgresql://h:５４３２/db" })
	void portOutsideOneTo65535IsMalformed(String url) {
		InvalidDatabaseUrlException ex = invalid(url);
		assertThat(ex.kind()).isEqualTo(Kind.MALFORMED);
		assertThat(ex.reason()).contains("port");
	}

	@Test
	void highestPortIsAccepted() {
		assertThat(DatabaseUrl.parse("postgresql://h:65535/db").port()).isEqualTo(65535);
	}

	@Test
	void missingServerHostMeansLocalhost() {
		assertThat(jdbc("postgresql:///db")).isEqualTo("jdbc:postgresql://localhost/db");
		assertThat(jdbc("mysql://u@/db")).isEqualTo("jdbc:mysql://localhost/db?characterEncoding=UTF-8");
		assertThat(jdbc("mariadb://:3307/db")).isEqualTo("jdbc:mariadb://localhost:3307/db");
	}

	// PostgreSQL

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			sslmode=verify-full                         | sslmode=verify-full
			sslmode=DISABLE                             | sslmode=disable
			sslrootcert=/etc/ssl/ca.pem                 | sslrootcert=/etc/ssl/ca.pem
			sslcert=/etc/ssl/client.crt                 | sslcert=/etc/ssl/client.crt
			sslkey=/etc/ssl/client.key                  | sslkey=/etc/ssl/client.key
			application_name=shop                       | ApplicationName=shop
			connect_timeout=10                          | connectTimeout=10
			options=-csearch_path%3Dapp                 | currentSchema=app
			options=-c%20search_path%3Dapp,public       | currentSchema=app,public
			options=-c%20statement_timeout%3D5000       | options=-c%20statement_timeout=5000
			target_session_attrs=any                    | targetServerType=any
			target_session_attrs=read-write             | targetServerType=primary
			target_session_attrs=primary                | targetServerType=primary
			target_session_attrs=read-only              | targetServerType=secondary
			target_session_attrs=standby                | targetServerType=secondary
			target_session_attrs=prefer-standby         | targetServerType=preferSecondary
			""")
	void postgresqlOptionIsTranslated(String option, String parameter) {
		assertThat(jdbc("postgresql://u:pw@h/db?" + option)).isEqualTo("jdbc:postgresql://h/db?" + parameter);
		assertThat(jdbc("cockroachdb://u:pw@h/db?" + option)).isEqualTo("jdbc:postgresql://h:26257/db?" + parameter);
	}

	@Test
	void postgresqlOptionsKeepTheirOrder() {
		assertThat(jdbc("postgresql://h/db?target_session_attrs=any&application_name=x&sslmode=require"))
			.isEqualTo("jdbc:postgresql://h/db?targetServerType=any&ApplicationName=x&sslmode=require");
		assertThat(jdbc("postgresql://h/db?sslmode=require&application_name=x&target_session_attrs=any"))
			.isEqualTo("jdbc:postgresql://h/db?sslmode=require&ApplicationName=x&targetServerType=any");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			sslmode=sometimes                | sslmode
			target_session_attrs=fastest     | target_session_attrs
			connect_timeout=ten              | connect_timeout
			connect_timeout=-5               | connect_timeout
			""")
	void badPostgresqlOptionValueIsRefused(String option, String name) {
		InvalidDatabaseUrlException ex = invalid("postgresql://h/db?" + option);
		assertThat(ex.kind()).isEqualTo(Kind.UNSUPPORTED_OPTION);
		assertThat(ex.reason()).contains("'" + name + "'").contains(option.substring(option.indexOf('=') + 1));
	}

	@Test
	void repeatedOptionIsRefused() {
		InvalidDatabaseUrlException ex = invalid("postgresql://h/db?sslmode=require&sslmode=disable");
		assertThat(ex.kind()).isEqualTo(Kind.UNSUPPORTED_OPTION);
		assertThat(ex.reason()).contains("'sslmode'").contains("2 times");
	}

	@Test
	void repeatedHostOptionsMakeAMultiHostUrl() {
		DatabaseUrl url = DatabaseUrl
			.parse("postgresql://u:pw@/db?host=A:5432&host=B:5433&target_session_attrs=primary");
		assertThat(url.host()).isNull();
		assertThat(url.query().get("host")).containsExactly("A:5432", "B:5433");
		assertThat(jdbc(url)).isEqualTo("jdbc:postgresql://A:5432,B:5433/db?targetServerType=primary");
	}

	@Test
	void commaSeparatedHostsAndPortsMakeAMultiHostUrl() {
		assertThat(jdbc("postgresql://u:pw@/db?host=A,B&port=5432,5433"))
			.isEqualTo("jdbc:postgresql://A:5432,B:5433/db");
		assertThat(jdbc("postgresql://u:pw@/db?host=A,B&port=6432")).isEqualTo("jdbc:postgresql://A:6432,B:6432/db");
		assertThat(jdbc("postgresql://u:pw@/db?host=A&host=[::1]:5433"))
			.isEqualTo("jdbc:postgresql://A,[::1]:5433/db");
	}

	@Test
	void cockroachdbMultiHostGetsTheDefaultPortPerHost() {
		assertThat(jdbc("cockroachdb://u:pw@/bank?host=n1&host=n2:26000"))
			.isEqualTo("jdbc:postgresql://n1:26257,n2:26000/bank");
	}

	@Test
	void hostInTheAuthorityAndInOptionsIsUnsupported() {
		InvalidDatabaseUrlException ex = invalid("postgresql://u:pw@main/db?host=replica");
		assertThat(ex.kind()).isEqualTo(Kind.UNSUPPORTED_FORM);
		assertThat(ex.reason()).contains("not both");
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql://u:pw@/db?host=A,B,C&port=1,2", "postgresql://u:pw@/db?host=A:1&port=2",
			"postgresql://u:pw@/db?host=&port=2", "postgresql://u:pw@/db?host=A&port=x" })
	void inconsistentHostAndPortOptionsAreMalformed(String url) {
		assertThat(invalid(url).kind()).isEqualTo(Kind.MALFORMED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql://u:pw@/db?host=/var/run/postgresql",
			"postgresql://u:pw@%2Fvar%2Frun%2Fpostgresql/db", "cockroachdb://u:pw@/db?host=/tmp" })
	void unixSocketHostIsUnsupported(String url) {
		InvalidDatabaseUrlException ex = invalid(url);
		assertThat(ex.kind()).isEqualTo(Kind.UNSUPPORTED_FORM);
		assertThat(ex.reason()).contains("Unix-domain sockets");
	}

	@Test
	void postgresqlWithoutDatabaseKeepsTheSlashPgjdbcNeeds() {
		assertThat(jdbc("postgresql://u:pw@h")).isEqualTo("jdbc:postgresql://h/");
	}

	// MySQL and MariaDB

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			mysql://u:pw@h/db                                    | jdbc:mysql://h/db?characterEncoding=UTF-8
			mysql://u:pw@h:3306/db?charset=utf8mb4               | jdbc:mysql://h:3306/db?characterEncoding=UTF-8
			mysql://u:pw@h/db?charset=utf8                       | jdbc:mysql://h/db?characterEncoding=UTF-8
			mysql://u:pw@h/db?charset=LATIN1                     | jdbc:mysql://h/db?characterEncoding=ISO-8859-1
			mysql://u:pw@h/db?connect_timeout=10                 | jdbc:mysql://h/db?connectTimeout=10000&characterEncoding=UTF-8
			mysql://u:pw@h/db?read_timeout=2.5                   | jdbc:mysql://h/db?socketTimeout=2500&characterEncoding=UTF-8
			mysql://u:pw@h/db?ssl_mode=disabled                  | jdbc:mysql://h/db?sslMode=DISABLED&characterEncoding=UTF-8
			mysql://u:pw@h/db?ssl_mode=Preferred                 | jdbc:mysql://h/db?sslMode=PREFERRED&characterEncoding=UTF-8
			mysql://u:pw@h/db?ssl-mode=REQUIRED                  | jdbc:mysql://h/db?sslMode=REQUIRED&characterEncoding=UTF-8
			mysql://u:pw@h/db?ssl_mode=verify_ca                 | jdbc:mysql://h/db?sslMode=VERIFY_CA&characterEncoding=UTF-8
			mysql://u:pw@h/db?ssl-mode=verify-identity           | jdbc:mysql://h/db?sslMode=VERIFY_IDENTITY&characterEncoding=UTF-8
			mysql://u:pw@h/db?read_timeout=3&charset=latin1      | jdbc:mysql://h/db?socketTimeout=3000&characterEncoding=ISO-8859-1
			""")
	void mysqlOptionIsTranslated(String url, String expected) {
		assertThat(jdbc(url)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			mariadb://u:pw@h/db                                  | jdbc:mariadb://h/db
			mariadb://u:pw@h:3307/db?charset=utf8mb4             | jdbc:mariadb://h:3307/db
			mariadb://u:pw@h/db?charset=utf8                     | jdbc:mariadb://h/db
			mariadb://u:pw@h/db?connect_timeout=10               | jdbc:mariadb://h/db?connectTimeout=10000
			mariadb://u:pw@h/db?read_timeout=0.25                | jdbc:mariadb://h/db?socketTimeout=250
			mariadb://u:pw@h/db?ssl_mode=disabled                | jdbc:mariadb://h/db?sslMode=disable
			mariadb://u:pw@h/db?ssl_mode=REQUIRED                | jdbc:mariadb://h/db?sslMode=trust
			mariadb://u:pw@h/db?ssl_mode=verify_ca               | jdbc:mariadb://h/db?sslMode=verify-ca
			mariadb://u:pw@h/db?ssl-mode=verify_identity         | jdbc:mariadb://h/db?sslMode=verify-full
			mariadb://u:pw@h/db?read_timeout=1&connect_timeout=2 | jdbc:mariadb://h/db?socketTimeout=1000&connectTimeout=2000
			""")
	void mariadbOptionIsTranslated(String url, String expected) {
		assertThat(jdbc(url)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			mysql://h/db?charset=koi8r              | charset
			mysql://h/db?connect_timeout=soon       | connect_timeout
			mysql://h/db?read_timeout=-1            | read_timeout
			mysql://h/db?ssl_mode=maybe             | ssl_mode
			mysql://h/db?ssl_mode=required&ssl-mode=disabled | ssl-mode
			mariadb://h/db?charset=latin1           | charset
			mariadb://h/db?ssl_mode=preferred       | ssl_mode
			mariadb://h/db?connect_timeout=x        | connect_timeout
			""")
	void badMysqlFamilyOptionValueIsRefused(String url, String option) {
		InvalidDatabaseUrlException ex = invalid(url);
		assertThat(ex.kind()).isEqualTo(Kind.UNSUPPORTED_OPTION);
		assertThat(ex.reason()).contains("'" + option + "'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "mysql://u:pw@/db?unix_socket=/var/run/mysqld/mysqld.sock",
			"mariadb://u:pw@/db?unix_socket=/tmp/mysql.sock" })
	void mysqlFamilyUnixSocketIsUnsupported(String url) {
		InvalidDatabaseUrlException ex = invalid(url);
		assertThat(ex.kind()).isEqualTo(Kind.UNSUPPORTED_FORM);
		assertThat(ex.reason()).contains("unix_socket");
	}

	@Test
	void mariadbDatabaseNameThatCannotBeEscapedIsUnsupported() {
		assertThat(invalid("mariadb://h/a%2Fb").kind()).isEqualTo(Kind.UNSUPPORTED_FORM);
	}

	// SQLite

	@ParameterizedTest
	@ValueSource(strings = { "sqlite://", "sqlite:///", "sqlite:///:memory:", "sqlite+pysqlite:///:memory:" })
	void sqliteWithoutFileIsInMemory(String url) {
		DatabaseUrl parsed = DatabaseUrl.parse(url);
		assertThat(parsed.isInMemory()).isTrue();
		assertThat(jdbc(parsed)).isEqualTo("jdbc:sqlite::memory:");
	}

	@Test
	void relativeSqlitePathIsResolvedAgainstInstancePath() {
		DatabaseUrl url = DatabaseUrl.parse("sqlite:///project.db");
		assertThat(url.database()).isEqualTo("project.db");
		assertThat(url.isInMemory()).isFalse();
		assertThat(jdbc(url)).isEqualTo("jdbc:sqlite:/srv/app/instance/project.db");
		assertThat(jdbc("sqlite:///data/project.db")).isEqualTo("jdbc:sqlite:/srv/app/instance/data/project.db");
	}

	@Test
	void relativeInstancePathIsMadeAbsolute() {
		String url = DatabaseUrl.parse("sqlite:///project.db").toJdbcUrl(Path.of("instance")).url();
		assertThat(url).isEqualTo("jdbc:sqlite:" + Path.of("instance").toAbsolutePath().resolve("project.db"));
		assertThat(Path.of(url.substring("jdbc:sqlite:".length()))).isAbsolute();
	}

	@Test
	void absoluteSqlitePathHasFourSlashesAndIsKept() {
		DatabaseUrl url = DatabaseUrl.parse("sqlite:////var/lib/app/project.db");
		assertThat(url.database()).isEqualTo("/var/lib/app/project.db");
		assertThat(jdbc(url)).isEqualTo("jdbc:sqlite:/var/lib/app/project.db");
	}

	@Test
	void windowsSqlitePathIsAbsoluteWithForwardSlashes() {
		assertThat(jdbc("sqlite:///C:\\data\\app.db")).isEqualTo("jdbc:sqlite:C:/data/app.db");
	}

	@Test
	void toJdbcUrlDoesNotCreateTheInstanceDirectory(@TempDir Path temp) {
		Path instance = temp.resolve("instance");
		JdbcUrl jdbc = DatabaseUrl.parse("sqlite:///project.db").toJdbcUrl(instance);
		assertThat(jdbc.url()).isEqualTo("jdbc:sqlite:" + instance.resolve("project.db"));
		assertThat(instance).doesNotExist();
	}

	@Test
	void sqliteUriFormResolvesThePathAndDropsTheUriFlag() {
		DatabaseUrl url = DatabaseUrl.parse("sqlite:///file:test.db?mode=ro&uri=true");
		assertThat(url.isInMemory()).isFalse();
		assertThat(jdbc(url)).isEqualTo("jdbc:sqlite:file:/srv/app/instance/test.db?mode=ro");
	}

	@Test
	void sqliteUriFormKeepsFileUriParametersInOrder() {
		assertThat(jdbc("sqlite:///file:test.db?uri=true&cache=shared&immutable=1&nolock=1&vfs=unix-none&mode=rw"))
			.isEqualTo("jdbc:sqlite:file:/srv/app/instance/test.db?cache=shared&immutable=1&nolock=1&vfs=unix-none&mode=rw");
		assertThat(jdbc("sqlite:///file:/abs/test.db?mode=ro&uri=true")).isEqualTo("jdbc:sqlite:file:/abs/test.db?mode=ro");
	}

	@Test
	void sqliteUriFormEscapesWhatSqliteReadsInAFileUri() {
		assertThat(jdbc("sqlite:///file:a%3Fb%2525.db?uri=true"))
			.isEqualTo("jdbc:sqlite:file:/srv/app/instance/a%3Fb%2525.db");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			sqlite:///file::memory:?cache=shared&uri=true             | jdbc:sqlite:file::memory:?cache=shared
			sqlite:///file:shared?mode=memory&cache=shared&uri=true   | jdbc:sqlite:file:shared?mode=memory&cache=shared
			""")
	void sqliteUriFormInMemoryKeepsItsName(String url, String expected) {
		DatabaseUrl parsed = DatabaseUrl.parse(url);
		assertThat(parsed.isInMemory()).isTrue();
		assertThat(jdbc(parsed)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			timeout=5                      | ?busy_timeout=5000
			timeout=0.5                    | ?busy_timeout=500
			check_same_thread=false        | ''
			journal_mode=WAL               | ?journal_mode=WAL
			foreign_keys=true              | ?foreign_keys=true
			busy_timeout=3000              | ?busy_timeout=3000
			synchronous=NORMAL             | ?synchronous=NORMAL
			cache_size=-2000               | ?cache_size=-2000
			journal_mode=WAL&timeout=2&check_same_thread=false&foreign_keys=on | ?journal_mode=WAL&busy_timeout=2000&foreign_keys=on
			""")
	void sqliteOptionIsTranslated(String option, String expected) {
		assertThat(jdbc("sqlite:///app.db?" + option)).isEqualTo("jdbc:sqlite:/srv/app/instance/app.db" + expected);
		assertThat(jdbc("sqlite://?" + option)).isEqualTo("jdbc:sqlite::memory:" + expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite://host/app.db", "sqlite://u:pw@/app.db", "sqlite://:5/app.db",
			"sqlite+pysqlite://localhost/app.db" })
	void sqliteWithAServerPartIsMalformed(String url) {
		InvalidDatabaseUrlException ex = invalid(url);
		assertThat(ex.kind()).isEqualTo(Kind.MALFORMED);
		assertThat(ex.reason()).contains("sqlite:///relative.db").contains("sqlite:////absolute/path.db");
	}

	@ParameterizedTest
	@ValueSource(strings = { "mode", "cache", "immutable", "nolock", "vfs" })
	void fileUriParameterOutsideTheUriFormIsRefused(String option) {
		InvalidDatabaseUrlException ex = invalid("sqlite:///app.db?" + option + "=1");
		assertThat(ex.kind()).isEqualTo(Kind.UNSUPPORTED_OPTION);
		assertThat(ex.reason()).contains("'" + option + "'").contains("file:");
	}

	@Test
	void sqliteTimeoutAndBusyTimeoutTogetherAreRefused() {
		InvalidDatabaseUrlException ex = invalid("sqlite:///app.db?timeout=5&busy_timeout=100");
		assertThat(ex.kind()).isEqualTo(Kind.UNSUPPORTED_OPTION);
		assertThat(ex.reason()).contains("'timeout'").contains("'busy_timeout'");
	}

	@Test
	void sqliteFileNameWithAQuestionMarkIsUnsupported() {
		assertThat(invalid("sqlite:///a%3Fb.db").kind()).isEqualTo(Kind.UNSUPPORTED_FORM);
	}

	// H2

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			h2://                                  | jdbc:h2:mem:alchemy;DB_CLOSE_DELAY=-1
			h2:///                                 | jdbc:h2:mem:alchemy;DB_CLOSE_DELAY=-1
			h2:///mem:                             | jdbc:h2:mem:alchemy;DB_CLOSE_DELAY=-1
			h2:///mem:test                         | jdbc:h2:mem:test;DB_CLOSE_DELAY=-1
			h2:///mem:test?mode=PostgreSQL         | jdbc:h2:mem:test;MODE=PostgreSQL;DB_CLOSE_DELAY=-1
			h2:///mem:test?db_close_delay=10       | jdbc:h2:mem:test;DB_CLOSE_DELAY=10
			""")
	void h2MemoryUrlIsKeptAliveBetweenConnections(String url, String expected) {
		DatabaseUrl parsed = DatabaseUrl.parse(url);
		assertThat(parsed.isInMemory()).isTrue();
		assertThat(jdbc(parsed)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			h2:///relative/file                                  | jdbc:h2:file:/srv/app/instance/relative/file
			h2:///file:relative                                  | jdbc:h2:file:/srv/app/instance/relative
			h2:////abs/file                                      | jdbc:h2:file:/abs/file
			h2:///~/home-file                                    | jdbc:h2:file:~/home-file
			h2:///app?mode=MySQL&database_to_lower=TRUE          | jdbc:h2:file:/srv/app/instance/app;MODE=MySQL;DATABASE_TO_LOWER=TRUE
			h2://localhost:9092/app                              | jdbc:h2:tcp://localhost:9092/app
			h2://sa:pw@db.internal/~/app?ifexists=true           | jdbc:h2:tcp://db.internal/~/app;IFEXISTS=true
			""")
	void h2FileAndServerUrlsAreTranslated(String url, String expected) {
		DatabaseUrl parsed = DatabaseUrl.parse(url);
		assertThat(parsed.isInMemory()).isFalse();
		assertThat(jdbc(parsed)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			h2:///mem:test?password=x        | UNSUPPORTED_OPTION
			h2:///mem:test?User=x            | UNSUPPORTED_OPTION
			h2:///mem:test?init=a%3Bb        | UNSUPPORTED_OPTION
			h2:///mem:test?mode=a&MODE=b     | UNSUPPORTED_OPTION
			h2:///mem:test?bad-key=1         | UNSUPPORTED_OPTION
			h2:///mem:a%3Bb                  | UNSUPPORTED_FORM
			h2://localhost:9092              | MALFORMED
			h2://:9092/app                   | MALFORMED
			""")
	void badH2UrlIsRefused(String url, Kind kind) {
		assertThat(invalid(url).kind()).isEqualTo(kind);
	}

	// SQL Server

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			mssql://u:pw@h:1433/db                                              | jdbc:sqlserver://h:1433;databaseName=db
			mssql+pyodbc://u:pw@h/db                                            | jdbc:sqlserver://h;databaseName=db
			mssql+pyodbc://u:pw@h:1433                                          | jdbc:sqlserver://h:1433
			mssql://u:pw@h%5Csqlexpress/db                                      | jdbc:sqlserver://h;instanceName=sqlexpress;databaseName=db
			mssql://u:pw@h\\sqlexpress:1434/db                                  | jdbc:sqlserver://h:1434;instanceName=sqlexpress;databaseName=db
			mssql+pyodbc://u:pw@h:1433/db?driver=ODBC+Driver+18+for+SQL+Server  | jdbc:sqlserver://h:1433;databaseName=db
			mssql://u:pw@h/db?TrustServerCertificate=yes                        | jdbc:sqlserver://h;databaseName=db;trustServerCertificate=true
			mssql://u:pw@h/db?trustservercertificate=no                         | jdbc:sqlserver://h;databaseName=db;trustServerCertificate=false
			mssql://u:pw@h/db?Encrypt=yes                                       | jdbc:sqlserver://h;databaseName=db;encrypt=true
			mssql://u:pw@h/db?encrypt=false                                     | jdbc:sqlserver://h;databaseName=db;encrypt=false
			mssql://u:pw@h/db?encrypt=strict                                    | jdbc:sqlserver://h;databaseName=db;encrypt=strict
			mssql://u:pw@h/db?applicationName=shop                              | jdbc:sqlserver://h;databaseName=db;applicationName=shop
			mssql://u:pw@h/db?application_name=a%3Bb                            | jdbc:sqlserver://h;databaseName=db;applicationName={a;b}
			mssql://u:pw@h/db?Encrypt=yes&driver=x&TrustServerCertificate=yes   | jdbc:sqlserver://h;databaseName=db;encrypt=true;trustServerCertificate=true
			mssql://u:pw@[::1]:1433/db                                          | jdbc:sqlserver://;serverName=::1;portNumber=1433;databaseName=db
			""")
	void mssqlUrlIsTranslated(String url, String expected) {
		assertThat(jdbc(url)).isEqualTo(expected);
	}

	@Test
	void odbcDsnIsUnsupported() {
		InvalidDatabaseUrlException ex = invalid("mssql+pyodbc://u:pw@mydsn");
		assertThat(ex.kind()).isEqualTo(Kind.UNSUPPORTED_FORM);
		assertThat(ex.reason()).contains("ODBC DSN");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			mssql+pyodbc://u:pw@h:1433/db?odbc_connect=DRIVER%3Dx   | UNSUPPORTED_FORM
			mssql+pyodbc:///db                                     | UNSUPPORTED_FORM
			mssql://u:pw@h/db?encrypt=perhaps                      | UNSUPPORTED_OPTION
			mssql://u:pw@h/db?Encrypt=yes&encrypt=no               | UNSUPPORTED_OPTION
			mssql://u:pw@h/db?applicationName=%7Bx%7D              | UNSUPPORTED_FORM
			mssql://u:pw@h%5C/db                                   | MALFORMED
			""")
	void badMssqlUrlIsRefused(String url, Kind kind) {
		assertThat(invalid(url).kind()).isEqualTo(kind);
	}

	// Oracle

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			oracle://u:pw@h:1521/ORCL                              | jdbc:oracle:thin:@h:1521:ORCL
			oracle+oracledb://u:pw@h/ORCL                          | jdbc:oracle:thin:@h:1521:ORCL
			oracle+oracledb://u:pw@h:1522?service_name=FREEPDB1    | jdbc:oracle:thin:@//h:1522/FREEPDB1
			oracle+oracledb://u:pw@h?service_name=FREEPDB1         | jdbc:oracle:thin:@//h:1521/FREEPDB1
			oracle://u:pw@tnsalias                                 | jdbc:oracle:thin:@tnsalias
			oracle+cx_oracle://u:pw@/prod_high                     | jdbc:oracle:thin:@prod_high
			""")
	void oracleUrlIsTranslated(String url, String expected) {
		assertThat(jdbc(url)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			oracle://u:pw@h:1521/ORCL?service_name=X    | UNSUPPORTED_FORM
			oracle://u:pw@h:1521                        | UNSUPPORTED_FORM
			oracle://u:pw@h:1521/ORCL?mode=SYSDBA       | UNSUPPORTED_OPTION
			""")
	void badOracleUrlIsRefused(String url, Kind kind) {
		assertThat(invalid(url).kind()).isEqualTo(kind);
	}

	// Unknown options, per dialect

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			postgresql://h/db?foo=1            | postgresql   | sslmode, sslrootcert, sslcert, sslkey, application_name, connect_timeout, options, target_session_attrs
			cockroachdb://h/db?foo=1           | cockroachdb  | sslmode, sslrootcert
			mysql://h/db?foo=1                 | mysql        | charset, connect_timeout, read_timeout, ssl_mode
			mariadb://h/db?foo=1               | mariadb      | charset, connect_timeout, read_timeout, ssl_mode
			sqlite:///app.db?foo=1             | sqlite       | timeout, check_same_thread, uri, journal_mode, foreign_keys, busy_timeout, synchronous, cache_size
			mssql://h:1433/db?foo=1            | mssql        | driver, TrustServerCertificate, Encrypt, applicationName
			oracle://h:1521/ORCL?foo=1         | oracle       | service_name
			""")
	void unknownOptionIsRefusedNamingItAndTheSupportedOnes(String url, String dialect, String supported) {
		InvalidDatabaseUrlException ex = invalid(url);
		assertThat(ex.kind()).isEqualTo(Kind.UNSUPPORTED_OPTION);
		assertThat(ex.reason()).startsWith("Unknown query option 'foo' for " + dialect + "; supported: ")
			.contains(supported);
	}

	@Test
	void optionNamesAreCaseSensitiveOutsideSqlServer() {
		assertThat(invalid("postgresql://h/db?SSLMODE=require").reason()).contains("'SSLMODE'");
	}

	// Query

	@Test
	void queryKeepsItsOrderAndCannotBeModified() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://u@/db?sslmode=require&host=A&application_name=x&host=B");
		assertThat(url.query().keySet()).containsExactly("sslmode", "host", "application_name");
		assertThat(url.query().get("host")).containsExactly("A", "B");
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> url.query().put("x", List.of()));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> url.query().get("host").add("C"));
	}

	@Test
	void optionWithoutValueHasAnEmptyValue() {
		assertThat(DatabaseUrl.parse("sqlite:///file:x.db?uri").query().get("uri")).containsExactly("");
	}

	@Test
	void emptyQueryPairsAreSkipped() {
		assertThat(DatabaseUrl.parse("postgresql://h/db?&&sslmode=require&").query()).containsOnlyKeys("sslmode");
	}

	// jdbc: URLs

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			jdbc:postgresql://h:5432/db?user=a           | POSTGRESQL
			jdbc:mysql://h/db                            | MYSQL
			jdbc:mariadb://h/db                          | MARIADB
			jdbc:sqlite:/tmp/x.db                        | SQLITE
			jdbc:h2:tcp://localhost/~/test               | H2
			jdbc:sqlserver://h;databaseName=db           | MSSQL
			jdbc:oracle:thin:@//h:1521/svc               | ORACLE
			jdbc:hsqldb:mem:test                         | OTHER
			JDBC:PostgreSQL://h/db                       | POSTGRESQL
			""")
	void jdbcUrlPassesThroughUnchanged(String url, Dialect dialect) {
		DatabaseUrl parsed = DatabaseUrl.parse(url);
		assertThat(parsed.isJdbc()).isTrue();
		assertThat(parsed.dialect()).isEqualTo(dialect);
		assertThat(parsed.scheme()).isEqualToIgnoringCase("jdbc");
		assertThat(parsed.driver()).isNull();
		assertThat(parsed.username()).isNull();
		assertThat(parsed.password()).isNull();
		assertThat(parsed.query()).isEmpty();
		JdbcUrl jdbc = parsed.toJdbcUrl(INSTANCE);
		assertThat(jdbc.url()).isEqualTo(url);
		assertThat(jdbc.username()).isNull();
		assertThat(jdbc.password()).isNull();
		assertThat(jdbc.dialect()).isEqualTo(dialect);
		assertThat(jdbc.driverClassName()).isEqualTo(dialect.driverClassName());
	}

	@Test
	void jdbcUrlOfAnUnknownDatabaseHasNoDriverClass() {
		assertThat(DatabaseUrl.parse("jdbc:hsqldb:mem:test").toJdbcUrl(INSTANCE).driverClassName()).isNull();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			jdbc:h2:mem:test;DB_CLOSE_DELAY=-1                   | true
			jdbc:h2:file:/data/test                              | false
			jdbc:sqlite::memory:                                 | true
			jdbc:sqlite:                                         | true
			jdbc:sqlite:file::memory:?cache=shared               | true
			jdbc:sqlite:file:shared?mode=memory&cache=shared     | true
			jdbc:sqlite:/data/app.db                             | false
			jdbc:postgresql://h/db                               | false
			""")
	void jdbcUrlKnowsWhenItIsInMemory(String url, boolean inMemory) {
		assertThat(DatabaseUrl.parse(url).isInMemory()).isEqualTo(inMemory);
	}

	@Test
	void surroundingWhitespaceIsIgnored() {
		DatabaseUrl url = DatabaseUrl.parse("  postgresql://h/db\n");
		assertThat(jdbc(url)).isEqualTo("jdbc:postgresql://h/db");
		assertThat(url).hasToString("postgresql://h/db");
	}

	// Malformed input

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "", "   ", "postgresql://", "mysql://", "mariadb://u:pw@", "oracle://",
			"mssql://", "cockroachdb://", "postgresql:/h/db", "postgresql:h/db", "garbage", "://h/db",
			"post gres://h/db", "postgresql+://h/db", "postgresql+a+b://h/db", "postgresql://h/db?=x", "jdbc:",
			"jdbc:postgresql", "jdbc::x", "postgresql://h h/db" })
	void malformedUrlIsRefused(String url) {
		InvalidDatabaseUrlException ex = invalid(url);
		assertThat(ex.kind()).isEqualTo(Kind.MALFORMED);
		assertThat(ex.reason()).isNotBlank();
	}

	@Test
	void blankUrlSaysItIsBlank() {
		assertThat(invalid(" ").reason()).isEqualTo("The URL is blank");
	}

	@Test
	void missingSlashesAreNamedForAKnownScheme() {
		assertThat(invalid("sqlite:app.db").reason()).contains("'://'").contains("sqlite:///file.db");
		assertThat(invalid("garbage").reason()).contains("dialect[+driver]://");
	}

	// Masking and leaks

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			postgresql://app:s3cr%40t@db/main                       | postgresql://app:***@db/main
			postgresql://app:p@ss@db/main                           | postgresql://app:***@db/main
			postgresql://app@db/main                                | postgresql://app@db/main
			postgresql://db/main?application_name=a@b               | postgresql://db/main?application_name=a@b
			sqlite:////data/a@b.db                                  | sqlite:////data/a@b.db
			jdbc:postgresql://h/db?user=a&password=x                | jdbc:postgresql://h/db?user=a&password=***
			jdbc:postgresql://h/db?password=x&user=a                | jdbc:postgresql://h/db?password=***&user=a
			jdbc:sqlserver://h;password=x;                          | jdbc:sqlserver://h;password=***;
			jdbc:sqlserver://h;user=u;Password={a;b}}c};encrypt=true | jdbc:sqlserver://h;user=u;Password=***;encrypt=true
			jdbc:mysql://u:x@h/db                                   | jdbc:mysql://u:***@h/db
			jdbc:h2:mem:x;USER=sa;PASSWORD=x                        | jdbc:h2:mem:x;USER=sa;PASSWORD=***
			jdbc:oracle:thin:scott/tiger@h:1521:ORCL                | jdbc:oracle:thin:scott/***@h:1521:ORCL
			jdbc:oracle:thin:@//h:1521/svc                          | jdbc:oracle:thin:@//h:1521/svc
			mysql://h/db?pwd=x&passwd=y&sslpassword=z               | mysql://h/db?pwd=***&passwd=***&sslpassword=***
			redis://u:x@cache                                       | redis://u:***@cache
			u:x@host/db                                             | u:***@host/db
			FATAL: no pg_hba.conf entry for user app@db             | FATAL: no pg_hba.conf entry for user app@db
			&pwd= {a}}b};x=1                                        | &pwd=***;x=1
			""")
	void maskReplacesPasswords(String text, String masked) {
		assertThat(DatabaseUrl.mask(text)).isEqualTo(masked);
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "", "://", "@", ":@", "?password", "?password=", ";password=", "jdbc:oracle:",
			"jdbc:oracle:thin:/@", "x://[", "a://b:c@", "%", "password={", "&pwd= {a}}" })
	void maskCopesWithFragmentsWithoutHidingEverything(String text) {
		// "***" alone is the safety net for text the masker could not read.
		assertThat(DatabaseUrl.mask(text)).isNotEqualTo("***");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "postgresql://app:Sup3rS3cret@db/main", "postgresql://app:Sup3r%533cret@db/main",
			"mysql+pymysql://app:Sup3rS3cret@db/main?charset=utf8mb4", "mssql://app:Sup3rS3cret@h:1433/db",
			"postgresql://app:Sup3rS3cret@/db?host=A&host=B", "h2://sa:Sup3rS3cret@/mem:x",
			"postgresql://app:Sup3rS3cret@ss@db/main", "jdbc:postgresql://h/db?user=a&password=Sup3rS3cret" })
	void toStringsDoNotShowThePassword(String url) {
		DatabaseUrl parsed = DatabaseUrl.parse(url);
		JdbcUrl jdbc = parsed.toJdbcUrl(INSTANCE);
		assertThat(parsed.toString()).doesNotContain(SECRET).doesNotContain("Sup3r%533cret").contains("***");
		assertThat(jdbc.toString()).doesNotContain(SECRET).doesNotContain("Sup3r%533cret");
		if (!parsed.isJdbc()) {
			assertThat(parsed.password()).startsWith(SECRET);
			assertThat(jdbc.url()).doesNotContain(SECRET);
			assertThat(jdbc.password()).startsWith(SECRET);
			assertThat(jdbc.toString()).contains("password=***");
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "postgresql://app:Sup3rS3cret@db/main?foo=1", "postgresql://app:Sup3rS3cret@db:abc/main",
			"postgresql://app:Sup3rS3cret@db:99999/main", "postgresql+asyncpg://app:Sup3rS3cret@db/main",
			"redis://app:Sup3rS3cret@cache", "postgresql://app:Sup3rS3cret@/db?host=/var/run/postgresql",
			"sqlite://app:Sup3rS3cret@/app.db", "mssql+pyodbc://app:Sup3rS3cret@mydsn",
			"postgresql:app:Sup3rS3cret@db/main", "app:Sup3rS3cret@db/main", "postgresql://app:Sup3rS3cret%FF@db/main",
			"postgresql://db/main?password=Sup3rS3cret", "h2:///mem:x?password=Sup3rS3cret",
			"mysql://app:Sup3rS3cret@db/main?pwd=Sup3rS3cret",
			"postgresql://app:Sup3rS3cret@[::1/main", "postgresql://app:Sup3r?S3cret@db:x/main",
			"oracle://app:Sup3rS3cret@h:1521", "mysql://app:Sup3rS3cret@h/db?unix_socket=/tmp/s" })
	void exceptionsDoNotShowThePassword(String url) {
		InvalidDatabaseUrlException ex = invalid(url);
		assertThat(ex.getMessage()).doesNotContain(SECRET).doesNotContain("S3cret");
		assertThat(ex.maskedUrl()).doesNotContain("S3cret").isEqualTo(DatabaseUrl.mask(url.strip()));
		assertThat(ex.reason()).doesNotContain("S3cret");
		assertThat(ex.getMessage()).contains(ex.maskedUrl()).contains(ex.reason());
	}

	@Test
	void badOptionValueIsQuotedWithTheAcceptedOnes() {
		InvalidDatabaseUrlException ex = invalid("mysql://h/db?ssl_mode=sometimes");
		assertThat(ex.reason()).contains("'ssl_mode'").contains("'sometimes'").contains("verify_identity");
	}

	@Test
	void equalUrlsAreEqual() {
		assertThat(DatabaseUrl.parse("postgresql://u:pw@h/db")).isEqualTo(DatabaseUrl.parse(" postgresql://u:pw@h/db"))
			.hasSameHashCodeAs(DatabaseUrl.parse("postgresql://u:pw@h/db"))
			.isNotEqualTo(DatabaseUrl.parse("postgresql://u:other@h/db"));
	}

	@Test
	void oneUrlResolvesAgainstWhicheverInstancePathIsGiven() {
		DatabaseUrl url = DatabaseUrl.parse("sqlite:///a.db");
		assertThat(url.toJdbcUrl(Path.of("/one")).url()).isEqualTo("jdbc:sqlite:/one/a.db");
		assertThat(url.toJdbcUrl(Path.of("/two/./sub/..")).url()).isEqualTo("jdbc:sqlite:/two/a.db");
	}

	private static String jdbc(String url) {
		return jdbc(DatabaseUrl.parse(url));
	}

	private static String jdbc(DatabaseUrl url) {
		return url.toJdbcUrl(INSTANCE).url();
	}

	private static InvalidDatabaseUrlException invalid(String url) {
		try {
			DatabaseUrl parsed = DatabaseUrl.parse(url);
			throw new AssertionError("Expected " + url + " to be refused, got " + parsed.toJdbcUrl(INSTANCE));
		}
		catch (InvalidDatabaseUrlException ex) {
			return ex;
		}
	}

}
