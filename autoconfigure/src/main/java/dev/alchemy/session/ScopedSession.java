package dev.alchemy.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FindOption;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.hibernate.graph.RootGraph;
import org.jspecify.annotations.Nullable;

import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.alchemy.bind.BindRegistry;
import dev.alchemy.bind.BoundDatabase;

/**
 * The {@link Session} of one scope. It binds an entity manager per bind to the thread the
 * way Spring's open-entity-manager-in-view support does, so that Spring's transaction
 * managers and repositories pick up the same entity manager.
 */
final class ScopedSession implements Session {

	private static final TransactionDefinition REQUIRED = new DefaultTransactionDefinition(
			TransactionDefinition.PROPAGATION_REQUIRED);

	private final BindRegistry binds;

	/** Binds this session has used, in first-use order. */
	private final Map<String, BoundDatabase> used = new LinkedHashMap<>();

	/** Entity managers this session created and must close, by bind key. */
	private final Map<String, EntityManager> owned = new LinkedHashMap<>();

	/** Transactions begun by flush() and not yet ended. */
	private final BindTransactions transactions = new BindTransactions();

	private final String name;

	/** Objects other concerns keep for the scope's lifetime, in creation order. */
	private final Map<Object, Object> resources = new LinkedHashMap<>();

	ScopedSession(BindRegistry binds, String name) {
		this.binds = binds;
		this.name = name;
	}

	@SuppressWarnings("unchecked")
	<T> T resource(Object key, Function<String, T> factory) {
		Object resource = this.resources.get(key);
		if (resource == null) {
			resource = factory.apply(this.name);
			this.resources.put(key, resource);
		}
		return (T) resource;
	}

	@Override
	public <T> T add(T entity) {
		EntityManager entityManager = entityManager(entity.getClass());
		if (entityManager.contains(entity)) {
			return entity;
		}
		if (isNew(entityManager, entity)) {
			entityManager.persist(entity);
			return entity;
		}
		return entityManager.merge(entity);
	}

	private static boolean isNew(EntityManager entityManager, Object entity) {
		Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
		return id == null || (id instanceof Number number && number.longValue() == 0
				&& entityManager.getMetamodel().entity(entity.getClass()).getIdType().getJavaType().isPrimitive());
	}

	@Override
	public void addAll(Iterable<?> entities) {
		entities.forEach(this::add);
	}

	@Override
	public void delete(Object entity) {
		EntityManager entityManager = entityManager(entity.getClass());
		entityManager.remove(entityManager.contains(entity) ? entity : entityManager.merge(entity));
	}

	@Override
	public <T> @Nullable T get(Class<T> type, Object id) {
		return entityManager(type).find(type, id);
	}

	@Override
	public <T> @Nullable T get(Class<T> type, Object id, FindOption... options) {
		return entityManager(type).find(type, id, options);
	}

	@Override
	public <T> @Nullable T get(EntityGraph<T> graph, Object id, FindOption... options) {
		if (!(graph instanceof RootGraph<T> root)) {
			throw new IllegalArgumentException("Not an entity graph made by Hibernate: " + graph);
		}
		return entityManager(root.getGraphedType().getJavaType()).find(graph, id, options);
	}

	@Override
	public <T> TypedQuery<T> createQuery(String jpql, Class<T> resultType) {
		BoundDatabase bind = this.binds.findForEntity(resultType).orElseGet(this.binds::defaultBind);
		return entityManager(bind).createQuery(jpql, resultType);
	}

	@Override
	public <T> TypedQuery<T> createQuery(CriteriaQuery<T> criteria) {
		BoundDatabase bind = criteria.getRoots()
			.stream()
			.findFirst()
			.map(Root::getJavaType)
			.<BoundDatabase>map(this.binds::forEntity)
			.orElseGet(this.binds::defaultBind);
		return entityManager(bind).createQuery(criteria);
	}

	@Override
	public CriteriaBuilder getCriteriaBuilder() {
		return this.binds.defaultBind().entityManagerFactory().getCriteriaBuilder();
	}

	@Override
	public CriteriaBuilder getCriteriaBuilder(Class<?> entityType) {
		return this.binds.forEntity(entityType).entityManagerFactory().getCriteriaBuilder();
	}

	@Override
	public void refresh(Object entity) {
		entityManager(entity.getClass()).refresh(entity);
	}

	@Override
	public void expunge(Object entity) {
		entityManager(entity.getClass()).detach(entity);
	}

	@Override
	public boolean contains(Object entity) {
		return this.binds.findForEntity(entity.getClass())
			.map((bind) -> entityManager(bind).contains(entity))
			.orElse(false);
	}

	@Override
	public void flush() {
		for (BoundDatabase bind : this.used.values()) {
			if (!this.transactions.contains(bind.key())) {
				this.transactions.begin(bind, REQUIRED);
			}
		}
		flushUsed();
	}

	@Override
	public void commit() {
		flush();
		try {
			this.transactions.commit();
		}
		catch (RuntimeException ex) {
			clearUsed();
			throw ex;
		}
	}

	@Override
	public void rollback() {
		boolean hadOwnTransactions = !this.transactions.isEmpty();
		this.transactions.rollback();
		if (!hadOwnTransactions && TransactionSynchronizationManager.isActualTransactionActive()) {
			// A @Transactional method owns the transaction: the session can only veto it.
			for (BoundDatabase bind : this.used.values()) {
				TransactionStatus participating = bind.transactionManager().getTransaction(REQUIRED);
				bind.transactionManager().rollback(participating);
			}
		}
		clearUsed();
	}

	/**
	 * End the session: roll back what is open and close the entity managers it created.
	 */
	void close() {
		try {
			this.transactions.rollbackQuietly();
		}
		finally {
			this.owned.forEach((key, entityManager) -> {
				TransactionSynchronizationManager.unbindResourceIfPossible(this.binds.get(key).entityManagerFactory());
				EntityManagerFactoryUtils.closeEntityManager(entityManager);
			});
			this.owned.clear();
			this.used.clear();
			closeResources();
		}
	}

	private void closeResources() {
		List<Object> created = new ArrayList<>(this.resources.values());
		this.resources.clear();
		Collections.reverse(created);
		RuntimeException failure = null;
		for (Object resource : created) {
			try {
				if (resource instanceof AutoCloseable closeable) {
					closeable.close();
				}
			}
			catch (Exception ex) {
				if (failure == null) {
					failure = (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
				}
				else {
					failure.addSuppressed(ex);
				}
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	private void flushUsed() {
		try {
			for (BoundDatabase bind : this.used.values()) {
				entityManager(bind).flush();
			}
		}
		catch (RuntimeException ex) {
			RuntimeException translated = BindTransactions.translate(ex, this.used.values());
			rollback();
			throw translated;
		}
	}

	private void clearUsed() {
		for (BoundDatabase bind : this.used.values()) {
			EntityManagerHolder holder = holder(bind.entityManagerFactory());
			if (holder != null) {
				holder.getEntityManager().clear();
			}
		}
	}

	@Override
	public EntityManager entityManager() {
		return entityManager(this.binds.defaultBind());
	}

	@Override
	public EntityManager entityManager(Class<?> entityType) {
		return entityManager(this.binds.forEntity(entityType));
	}

	@Override
	public EntityManager entityManager(String bindKey) {
		return entityManager(this.binds.get(bindKey));
	}

	/**
	 * The entity manager bound to this thread for the bind: the one a running
	 * {@code @Transactional} method uses, or the session's own, created and bound on first
	 * use.
	 */
	private EntityManager entityManager(BoundDatabase bind) {
		this.used.putIfAbsent(bind.key(), bind);
		EntityManagerFactory factory = bind.entityManagerFactory();
		EntityManagerHolder holder = holder(factory);
		if (holder != null) {
			return holder.getEntityManager();
		}
		EntityManager entityManager = factory.createEntityManager();
		TransactionSynchronizationManager.bindResource(factory, new EntityManagerHolder(entityManager));
		this.owned.put(bind.key(), entityManager);
		return entityManager;
	}

	private static @Nullable EntityManagerHolder holder(EntityManagerFactory factory) {
		return BindTransactions.holder(factory);
	}

}
