package dev.alchemy.autoconfigure.bindfixtures.meta;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TagRepository extends JpaRepository<Tag, Long> {

}
