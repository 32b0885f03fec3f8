package dev.alchemy.samples.binds;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The audit log, in the {@code meta} bind like its entity.
 */
public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

	List<AuditEntry> findTop10ByOrderByIdDesc();

}
