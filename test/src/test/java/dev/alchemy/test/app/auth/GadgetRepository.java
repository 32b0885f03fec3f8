package dev.alchemy.test.app.auth;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GadgetRepository extends JpaRepository<Gadget, Long> {

	Optional<Gadget> findByCode(String code);

}
