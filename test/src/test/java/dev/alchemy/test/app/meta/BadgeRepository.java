package dev.alchemy.test.app.meta;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BadgeRepository extends JpaRepository<Badge, Long> {

	Optional<Badge> findByCode(String code);

}
