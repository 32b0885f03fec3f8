package dev.alchemy.autoconfigure;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * The beans of a bind and how they are named: the bind key followed by the kind of bean,
 * {@code authDataSource}, {@code authEntityManagerFactory} and so on. The one place that
 * knows the names, for those that register the beans and those that look them up.
 */
enum BindBean {

	DATA_SOURCE("DataSource"),

	ENTITY_MANAGER_FACTORY("EntityManagerFactory"),

	ENTITY_MANAGER("EntityManager"),

	TRANSACTION_MANAGER("TransactionManager"),

	FLYWAY("Flyway"),

	FLYWAY_MIGRATION_INITIALIZER("FlywayMigrationInitializer"),

	/**
	 * Not registered by Alchemy: a bean of this name that the application or its tests
	 * define (a Testcontainers connection, say) takes the place of the bind's URI.
	 */
	JDBC_CONNECTION_DETAILS("JdbcConnectionDetails");

	private final String suffix;

	BindBean(String suffix) {
		this.suffix = suffix;
	}

	/**
	 * The name of this bean of a bind.
	 */
	String name(String bindKey) {
		return bindKey + this.suffix;
	}

	/**
	 * The bind a bean of that name belongs to, if it is one of theirs.
	 */
	static @Nullable String bindOf(String beanName, Collection<String> bindKeys) {
		for (String key : bindKeys) {
			for (BindBean bean : values()) {
				if (beanName.equals(bean.name(key))) {
					return key;
				}
			}
		}
		return null;
	}

}
