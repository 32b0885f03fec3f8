package dev.alchemy.autoconfigure.bindsonlyfixtures;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LoginRepository extends JpaRepository<Login, Long> {

}
