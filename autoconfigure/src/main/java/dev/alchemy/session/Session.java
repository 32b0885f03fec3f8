package dev.alchemy.session;

import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FindOption;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import org.jspecify.annotations.Nullable;

/**
 * The unit of work of the current request or scope, as {@code db.session} is in
 * Flask-SQLAlchemy. Each entity is routed to the entity manager of its bind. Those entity
 * managers are the ones {@code @Transactional} code and Spring Data repositories use in
 * the same request, so all of them see the same objects.
 * <p>
 * Nothing is written until {@link #commit()} (or {@link #flush()}); what is not committed
 * when the request or scope ends is discarded. A database transaction is only opened when
 * needed: by {@code commit()}, by {@code flush()} (it then stays open until
 * {@code commit()} or {@code rollback()}), so reading does not hold a transaction open.
 * Inside a {@code @Transactional} method the method's transaction stays in charge:
 * {@code commit()} writes pending changes into it and {@code rollback()} marks it
 * rollback-only.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public interface Session {

	/**
	 * Add an object to the session: a new entity is inserted on commit, a detached one is
	 * merged.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @return the instance the session manages (the argument itself unless it was
	 * detached)
	 */
	<T> T add(T entity);

	/**
	 * Add several objects, as {@link #add(Object)} does.
	 * @param entities the entities
	 */
	void addAll(Iterable<?> entities);

	/**
	 * Delete an entity on commit.
	 * @param entity the entity, managed or detached
	 */
	void delete(Object entity);

	/**
	 * Return the entity with the given primary key.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param id the primary key
	 * @return the entity, or {@code null} if there is none
	 */
	<T> @Nullable T get(Class<T> type, Object id);

	/**
	 * Return the entity with the given primary key, loaded with JPA's find options: a
	 * {@link jakarta.persistence.LockModeType}, a timeout, cache modes.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param id the primary key
	 * @param options how to find it
	 * @return the entity, or {@code null} if there is none
	 */
	<T> @Nullable T get(Class<T> type, Object id, FindOption... options);

	/**
	 * Return the entity with the given primary key, loaded with what the entity graph
	 * names in the same query (Flask-SQLAlchemy's {@code options=[joinedload(...)]}).
	 * @param <T> the entity type
	 * @param graph the entity graph, from {@code entityManager(type).createEntityGraph(type)}
	 * @param id the primary key
	 * @param options how to find it
	 * @return the entity, or {@code null} if there is none
	 */
	<T> @Nullable T get(EntityGraph<T> graph, Object id, FindOption... options);

	/**
	 * Create a JPQL query on the bind of its result type (the default bind when the result
	 * is not an entity).
	 * @param <T> the result type
	 * @param jpql the query
	 * @param resultType the result type
	 * @return the query
	 */
	<T> TypedQuery<T> createQuery(String jpql, Class<T> resultType);

	/**
	 * Create a query from criteria, on the bind of its first root entity.
	 * @param <T> the result type
	 * @param criteria the criteria query
	 * @return the query
	 */
	<T> TypedQuery<T> createQuery(CriteriaQuery<T> criteria);

	/**
	 * Return a criteria builder for queries on the default bind.
	 * @return the criteria builder of the default bind
	 */
	CriteriaBuilder getCriteriaBuilder();

	/**
	 * Return a criteria builder for queries on the bind of an entity: Hibernate resolves
	 * the entities of a criteria query against the metamodel of the bind that built it.
	 * @param entityType the entity the query selects from
	 * @return the criteria builder of the entity's bind
	 */
	CriteriaBuilder getCriteriaBuilder(Class<?> entityType);

	/**
	 * Reload an entity's state from the database, dropping uncommitted changes to it.
	 * @param entity a managed entity
	 */
	void refresh(Object entity);

	/**
	 * Detach an entity from the session (Flask-SQLAlchemy's {@code expunge}).
	 * @param entity the entity
	 */
	void expunge(Object entity);

	/**
	 * Return whether the session manages the given entity.
	 * @param entity the entity
	 * @return whether it is managed
	 */
	boolean contains(Object entity);

	/**
	 * Write pending changes to the database without committing them. This opens a
	 * transaction on every bind the session has used; it stays open until
	 * {@link #commit()} or {@link #rollback()}, or is rolled back when the scope ends.
	 */
	void flush();

	/**
	 * Write pending changes and commit them, on every bind the session has used. All binds
	 * are flushed before the first commit; a failure before any commit rolls every bind
	 * back.
	 * @throws PartialCommitException when a bind fails to commit after another one
	 * committed
	 */
	void commit();

	/**
	 * Discard pending changes and roll back any open transaction, on every bind.
	 */
	void rollback();

	/**
	 * Return the entity manager of the default bind.
	 * @return the entity manager shared with the rest of this request
	 */
	EntityManager entityManager();

	/**
	 * Return the entity manager of the bind of an entity class.
	 * @param entityType the entity class
	 * @return the entity manager shared with the rest of this request
	 */
	EntityManager entityManager(Class<?> entityType);

	/**
	 * Return the entity manager of a bind.
	 * @param bindKey the bind key
	 * @return the entity manager shared with the rest of this request
	 */
	EntityManager entityManager(String bindKey);

}
