package dev.alchemy.autoconfigure;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;

/**
 * Finds the Hikari pool behind an engine, through the wrappers Alchemy and Spring Boot
 * put around it (lazy connection fetching, statement echo).
 */
final class HikariPools {

	private HikariPools() {
	}

	static @Nullable HikariDataSource unwrap(@Nullable DataSource dataSource) {
		try {
			return (dataSource != null && dataSource.isWrapperFor(HikariDataSource.class))
					? dataSource.unwrap(HikariDataSource.class) : null;
		}
		catch (SQLException ex) {
			return null;
		}
	}

}
