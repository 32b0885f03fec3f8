package dev.alchemy.engine;

import java.sql.SQLException;

import org.hibernate.JDBCException;
import org.hibernate.PessimisticLockException;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.hibernate.exception.spi.SQLExceptionConversionDelegate;

/**
 * Hibernate's SQLite dialect, with SQLite's errors translated as they are for other
 * databases: a unique or foreign-key violation becomes a constraint violation (so Spring
 * reports a {@code DataIntegrityViolationException}), a busy database a lock failure. The
 * SQLite driver reports extended result codes, which the stock dialect does not read.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class AlchemySQLiteDialect extends SQLiteDialect {

	private static final int SQLITE_BUSY = 5;

	private static final int SQLITE_LOCKED = 6;

	private static final int SQLITE_CONSTRAINT = 19;

	private static final int SQLITE_CONSTRAINT_PRIMARYKEY = 1555;

	private static final int SQLITE_CONSTRAINT_UNIQUE = 2067;

	private static final int SQLITE_CONSTRAINT_FOREIGNKEY = 787;

	private static final int SQLITE_CONSTRAINT_NOTNULL = 1299;

	private static final int SQLITE_CONSTRAINT_CHECK = 275;

	public AlchemySQLiteDialect() {
	}

	public AlchemySQLiteDialect(DatabaseVersion version) {
		super(version);
	}

	public AlchemySQLiteDialect(DialectResolutionInfo info) {
		super(info);
	}

	@Override
	public SQLExceptionConversionDelegate buildSQLExceptionConversionDelegate() {
		SQLExceptionConversionDelegate stock = super.buildSQLExceptionConversionDelegate();
		return (sqlException, message, sql) -> {
			JDBCException converted = convert(sqlException, message, sql);
			return (converted != null) ? converted : stock.convert(sqlException, message, sql);
		};
	}

	private static JDBCException convert(SQLException ex, String message, String sql) {
		int code = ex.getErrorCode();
		return switch (code & 0xFF) {
			case SQLITE_CONSTRAINT -> new ConstraintViolationException(message, ex, sql, kind(code), null);
			case SQLITE_BUSY, SQLITE_LOCKED -> new PessimisticLockException(message, ex, sql);
			default -> null;
		};
	}

	private static ConstraintKind kind(int code) {
		return switch (code) {
			case SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY -> ConstraintKind.UNIQUE;
			case SQLITE_CONSTRAINT_FOREIGNKEY -> ConstraintKind.FOREIGN_KEY;
			case SQLITE_CONSTRAINT_NOTNULL -> ConstraintKind.NOT_NULL;
			case SQLITE_CONSTRAINT_CHECK -> ConstraintKind.CHECK;
			default -> ConstraintKind.OTHER;
		};
	}

}
