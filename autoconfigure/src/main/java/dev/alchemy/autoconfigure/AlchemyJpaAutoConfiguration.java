package dev.alchemy.autoconfigure;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.AvailableSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.ClassUtils;

import dev.alchemy.Db;
import dev.alchemy.bind.BindRegistry;
import dev.alchemy.bind.BoundDatabase;
import dev.alchemy.model.AlchemyImplicitNamingStrategy;
import dev.alchemy.model.CheckFirstSchemaFilterProvider;

/**
 * Auto-configuration of Alchemy's JPA side: Flask-SQLAlchemy's table names, Hibernate
 * defaults that are better than the stock ones, the {@link BindRegistry} and {@link Db}.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@AutoConfiguration(after = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass({ EntityManagerFactory.class, HibernatePropertiesCustomizer.class })
@ConditionalOnBooleanProperty(name = "sqlalchemy.enabled", matchIfMissing = true)
public final class AlchemyJpaAutoConfiguration {

	/**
	 * Statements per JDBC batch. Hibernate's own default is no batching at all.
	 */
	static final int BATCH_SIZE = 50;

	private static final String SQLITE_DIALECT = "org.hibernate.community.dialect.SQLiteDialect";

	/** Named, not referenced: the class only loads where Hibernate's community dialects are present. */
	private static final String ALCHEMY_SQLITE_DIALECT = "dev.alchemy.engine.AlchemySQLiteDialect";

	@Bean
	HibernatePropertiesCustomizer alchemyHibernatePropertiesCustomizer(ObjectProvider<DataSource> dataSource,
			ResourceLoader resourceLoader) {
		boolean sqliteDialectPresent = ClassUtils.isPresent(SQLITE_DIALECT, resourceLoader.getClassLoader());
		return (properties) -> {
			applyDefaults(properties);
			if (sqliteDialectPresent && isSqlitePool(dataSource.getIfUnique())) {
				properties.putIfAbsent(AvailableSettings.DIALECT, ALCHEMY_SQLITE_DIALECT);
			}
		};
	}

	/**
	 * Whether the pool serves SQLite, read from its configuration rather than from a
	 * connection, and from the pool itself rather than from configuration properties, so
	 * that a test database that replaced it is judged for what it is.
	 */
	private static boolean isSqlitePool(@Nullable DataSource dataSource) {
		try {
			return dataSource != null && dataSource.isWrapperFor(HikariDataSource.class)
					&& String.valueOf(dataSource.unwrap(HikariDataSource.class).getJdbcUrl()).startsWith("jdbc:sqlite:");
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * Alchemy's Hibernate defaults. Each is set only when the application has not set it,
	 * through {@code spring.jpa.properties.*} or {@code spring.jpa.hibernate.naming.*}.
	 */
	static void applyDefaults(Map<String, Object> properties) {
		properties.putIfAbsent(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE);
		properties.putIfAbsent(AvailableSettings.ORDER_INSERTS, true);
		properties.putIfAbsent(AvailableSettings.ORDER_UPDATES, true);
		// "user" is the quickstart's table and a reserved word on PostgreSQL.
		properties.putIfAbsent(AvailableSettings.KEYWORD_AUTO_QUOTING_ENABLED, true);
		properties.putIfAbsent(AvailableSettings.HBM2DDL_FILTER_PROVIDER, new CheckFirstSchemaFilterProvider());
		// Boot writes its own strategy's name when nothing was configured: only then is it ours to replace.
		if (SpringImplicitNamingStrategy.class.getName()
			.equals(properties.get(AvailableSettings.IMPLICIT_NAMING_STRATEGY))) {
			properties.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, new AlchemyImplicitNamingStrategy());
		}
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(EntityManagerFactory.class)
	@ConditionalOnBean({ DataSource.class, PlatformTransactionManager.class })
	BindRegistry alchemyBindRegistry(DataSource dataSource, EntityManagerFactory entityManagerFactory,
			PlatformTransactionManager transactionManager) {
		return new BindRegistry(List
			.of(new BoundDatabase(BindRegistry.DEFAULT, dataSource, entityManagerFactory, transactionManager)));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(BindRegistry.class)
	Db db(BindRegistry binds) {
		return new Db(binds);
	}

}
