package dev.alchemy.test.app;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WidgetRepository extends JpaRepository<Widget, Long> {

	Optional<Widget> findByCode(String code);

}
