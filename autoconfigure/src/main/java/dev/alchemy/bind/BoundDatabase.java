package dev.alchemy.bind;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.transaction.PlatformTransactionManager;

/**
 * One bind: a database with the Spring beans that serve it.
 *
 * @param key the bind key ({@code "default"} for the default database)
 * @param dataSource the bind's engine
 * @param entityManagerFactory the entity manager factory holding the bind's entities
 * @param transactionManager the transaction manager of that factory
 * @author Alchemy team
 * @since 0.1.0
 */
public record BoundDatabase(String key, DataSource dataSource, EntityManagerFactory entityManagerFactory,
		PlatformTransactionManager transactionManager) {

	@Override
	public String toString() {
		return "bind '" + this.key + "'";
	}

}
