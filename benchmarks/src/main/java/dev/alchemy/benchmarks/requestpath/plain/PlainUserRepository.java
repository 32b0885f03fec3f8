package dev.alchemy.benchmarks.requestpath.plain;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The users.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public interface PlainUserRepository extends JpaRepository<PlainUser, Long> {

}
