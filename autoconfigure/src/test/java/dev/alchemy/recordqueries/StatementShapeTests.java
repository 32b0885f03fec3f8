package dev.alchemy.recordqueries;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StatementShape}.
 */
class StatementShapeTests {

	@Test
	void literalsBecomePlaceholders() {
		assertThat(StatementShape
			.of("select * from \"user\" u1_0 where u1_0.email = 'ada''s@example.org' and id > 42.5"))
			.isEqualTo("select * from \"user\" u1_0 where u1_0.email = ? and id > ?");
	}

	@Test
	void placeholderListsOfAnyLengthAreOneShape() {
		assertThat(StatementShape.of("select * from post where id in (?, ?,?)"))
			.isEqualTo(StatementShape.of("select * from post where id in (?)"));
	}

	@Test
	void whiteSpaceIsCollapsed() {
		assertThat(StatementShape.of("  select *\n\tfrom post  ")).isEqualTo("select * from post");
	}

	@Test
	void identifiersWithDigitsAreKept() {
		assertThat(StatementShape.of("select p1_0.id from post p1_0 limit 10"))
			.isEqualTo("select p1_0.id from post p1_0 limit ?");
	}

	@Test
	void everyStatementGetsItsOwnShapeBeyondTheCachedOnes() {
		for (int i = 0; i < 3000; i++) {
			assertThat(StatementShape.of("select " + i + " as n" + i + " from post")).isEqualTo("select ? as n" + i + " from post");
		}
	}

}
