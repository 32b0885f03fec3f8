package dev.alchemy.autoconfigure.bindsonlyfixtures;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LabelRepository extends JpaRepository<Label, Long> {

}
