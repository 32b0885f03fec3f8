package dev.alchemy.samples.binds.auth;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The accounts. A plain Spring Data repository: it follows its entity to the {@code auth}
 * bind, with no {@code @EnableJpaRepositories} and no entity manager named anywhere.
 */
public interface AccountRepository extends JpaRepository<Account, Long> {

	List<Account> findAllByOrderByUsername();

}
