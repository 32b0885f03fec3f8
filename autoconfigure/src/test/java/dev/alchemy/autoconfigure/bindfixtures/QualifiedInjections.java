package dev.alchemy.autoconfigure.bindfixtures;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import dev.alchemy.Bind;

/**
 * Reaches the binds' beans the ways an application does.
 */
public class QualifiedInjections {

	@Autowired
	@Bind("auth")
	public EntityManager authEntityManager;

	@PersistenceContext(unitName = "meta")
	public EntityManager metaEntityManager;

	@Autowired
	@Bind("auth")
	public DataSource authDataSource;

	@Autowired
	@Qualifier("metaDataSource")
	public DataSource metaDataSource;

	@Autowired
	public EntityManager defaultEntityManager;

	@Autowired
	public DataSource defaultDataSource;

}
