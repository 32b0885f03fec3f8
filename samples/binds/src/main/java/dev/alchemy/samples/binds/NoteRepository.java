package dev.alchemy.samples.binds;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The notes, in the default database.
 */
public interface NoteRepository extends JpaRepository<Note, Long> {

	List<Note> findTop50ByOrderByCreatedAtDescIdDesc();

}
