package dev.alchemy.autoconfigure;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.hibernate.cfg.AvailableSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.util.ClassUtils;

/**
 * Gives every entity manager factory over a SQLite pool Alchemy's SQLite dialect, unless
 * a dialect is configured. Decided per factory from its own pool, so that each bind gets
 * the dialect of its database.
 */
final class SqliteDialectPostProcessor implements BeanPostProcessor {

	private static final String SQLITE_DIALECT = "org.hibernate.community.dialect.SQLiteDialect";

	/** Named, not referenced: the class only loads where Hibernate's community dialects are present. */
	static final String ALCHEMY_SQLITE_DIALECT = "dev.alchemy.engine.AlchemySQLiteDialect";

	private final boolean sqliteDialectPresent;

	SqliteDialectPostProcessor(@Nullable ClassLoader classLoader) {
		this.sqliteDialectPresent = ClassUtils.isPresent(SQLITE_DIALECT, classLoader);
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (this.sqliteDialectPresent && bean instanceof LocalContainerEntityManagerFactoryBean factory
				&& isSqlitePool(factory.getDataSource())
				&& !factory.getJpaPropertyMap().containsKey(AvailableSettings.DIALECT)
				&& !(factory.getJpaVendorAdapter() != null
						&& factory.getJpaVendorAdapter().getJpaPropertyMap().containsKey(AvailableSettings.DIALECT))) {
			factory.getJpaPropertyMap().put(AvailableSettings.DIALECT, ALCHEMY_SQLITE_DIALECT);
		}
		return bean;
	}

	/**
	 * Whether the pool serves SQLite, read from its configuration rather than from a
	 * connection, and from the pool itself rather than from configuration properties, so
	 * that a test database that replaced it is judged for what it is.
	 */
	private static boolean isSqlitePool(@Nullable DataSource dataSource) {
		HikariDataSource pool = HikariPools.unwrap(dataSource);
		return pool != null && String.valueOf(pool.getJdbcUrl()).startsWith("jdbc:sqlite:");
	}

}
