package dev.alchemy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.persistence.EntityGraph;
import jakarta.persistence.FindOption;
import jakarta.persistence.NoResultException;
import jakarta.persistence.NonUniqueResultException;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaQuery;
import org.hibernate.query.Query;
import org.hibernate.query.SelectionQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import dev.alchemy.bind.BindRegistry;
import dev.alchemy.bind.BoundDatabase;
import dev.alchemy.model.ReflectedTable;
import dev.alchemy.model.SchemaOperations;
import dev.alchemy.pagination.PageOptions;
import dev.alchemy.pagination.Pagination;
import dev.alchemy.pagination.Paginator;
import dev.alchemy.query.EntityQuery;
import dev.alchemy.recordqueries.QueryRecorder;
import dev.alchemy.recordqueries.RecordedQueries;
import dev.alchemy.session.Session;
import dev.alchemy.session.SessionScope;
import dev.alchemy.web.NotFoundException;

/**
 * The application's databases in one object, as the {@code db} of Flask-SQLAlchemy: the
 * session of the current request, the engines, schema creation and the 404 helpers.
 * Inject it as {@code Db db}.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class Db {

	private final BindRegistry binds;

	private final Paginator paginator;

	private final @Nullable QueryRecorder queryRecorder;

	/**
	 * Create a {@code Db} over the given binds, with Flask-SQLAlchemy's pagination
	 * defaults.
	 * @param binds the binds
	 */
	public Db(BindRegistry binds) {
		this(binds, Paginator.defaults());
	}

	/**
	 * Create a {@code Db} over the given binds.
	 * @param binds the binds
	 * @param paginator how {@code paginate} reads pages
	 */
	public Db(BindRegistry binds, Paginator paginator) {
		this(binds, paginator, null);
	}

	/**
	 * Create a {@code Db} over the given binds that records queries.
	 * @param binds the binds
	 * @param paginator how {@code paginate} reads pages
	 * @param queryRecorder the recorder of {@code sqlalchemy.record-queries}, or
	 * {@code null} when recording is off
	 */
	public Db(BindRegistry binds, Paginator paginator, @Nullable QueryRecorder queryRecorder) {
		this.binds = binds;
		this.paginator = paginator;
		this.queryRecorder = queryRecorder;
	}

	/**
	 * Return the session of the current request or scope.
	 * @return the session
	 * @throws dev.alchemy.session.NoSessionScopeException outside a request or scope
	 */
	public Session session() {
		return SessionScope.currentSession();
	}

	/**
	 * Open a session scope on the current thread, for work outside a web request: jobs,
	 * {@code CommandLineRunner}s, message listeners. Close it when done; uncommitted work
	 * is then discarded. Joins the current scope if one is open.
	 * @return the scope
	 */
	public SessionScope openScope() {
		return SessionScope.open(this.binds);
	}

	/**
	 * Return the statements the current request or scope has sent to the databases so
	 * far, on every bind, oldest first: Flask-SQLAlchemy's {@code get_recorded_queries()}.
	 * Needs {@code sqlalchemy.record-queries=true}. In tests,
	 * {@link dev.alchemy.recordqueries.RecordedQueriesAssert} asserts on them.
	 * @return the statements
	 * @throws IllegalStateException when recording is off, or outside a request or scope
	 */
	public RecordedQueries recordedQueries() {
		if (this.queryRecorder == null) {
			throw new IllegalStateException(
					"Query recording is off: set sqlalchemy.record-queries=true to record the statements of each "
							+ "request or scope");
		}
		return this.queryRecorder.recordedQueries();
	}

	/**
	 * Return the engine of the default bind.
	 * @return the default {@link DataSource}
	 */
	public DataSource engine() {
		return this.binds.defaultBind().dataSource();
	}

	/**
	 * Return the engine of a bind.
	 * @param bindKey the bind key
	 * @return the bind's {@link DataSource}
	 */
	public DataSource engine(String bindKey) {
		return this.binds.get(bindKey).dataSource();
	}

	/**
	 * Return every engine by bind key, the default bind under {@code "default"}.
	 * @return the engines
	 */
	public Map<String, DataSource> engines() {
		Map<String, DataSource> engines = new LinkedHashMap<>();
		this.binds.all().forEach((bind) -> engines.put(bind.key(), bind.dataSource()));
		return engines;
	}

	/**
	 * Create the missing tables of the given binds' entities; existing tables are left as
	 * they are.
	 * @param bindKeys the binds; none means every bind
	 */
	public void createAll(String... bindKeys) {
		this.binds.select(bindKeys).forEach(SchemaOperations::createAll);
	}

	/**
	 * Drop the tables of the given binds' entities.
	 * @param bindKeys the binds; none means every bind
	 */
	public void dropAll(String... bindKeys) {
		this.binds.select(bindKeys).forEach(SchemaOperations::dropAll);
	}

	/**
	 * Describe the tables that exist in the given binds' databases.
	 * @param bindKeys the binds; none means every bind
	 * @return the tables of each bind, by bind key
	 */
	public Map<String, List<ReflectedTable>> reflect(String... bindKeys) {
		Collection<BoundDatabase> selected = this.binds.select(bindKeys);
		Map<String, List<ReflectedTable>> tables = new LinkedHashMap<>();
		selected.forEach((bind) -> tables.put(bind.key(), SchemaOperations.reflect(bind)));
		return tables;
	}

	/**
	 * Return the entity with the given primary key, or fail with a 404.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param id the primary key
	 * @return the entity
	 * @throws NotFoundException if there is none
	 */
	public <T> T getOr404(Class<T> type, Object id) {
		return getOr404(type, id, (String) null);
	}

	/**
	 * Return the entity with the given primary key, or fail with a 404.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param id the primary key
	 * @param description what the 404 response says; {@code null} for the default text
	 * @return the entity
	 * @throws NotFoundException if there is none
	 */
	public <T> T getOr404(Class<T> type, Object id, @Nullable String description) {
		return found(session().get(type, id), description);
	}

	/**
	 * Return the entity with the given primary key, found with JPA's find options (a lock
	 * mode, a timeout), or fail with a 404.
	 * <pre class="code">
	 * Account account = db.getOr404(Account.class, id, LockModeType.PESSIMISTIC_WRITE);
	 * </pre>
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param id the primary key
	 * @param options how to find it
	 * @return the entity
	 * @throws NotFoundException if there is none
	 */
	public <T> T getOr404(Class<T> type, Object id, FindOption... options) {
		return found(session().get(type, id, options), null);
	}

	/**
	 * Return the entity with the given primary key, loaded with what the entity graph
	 * names in the same query, or fail with a 404: Flask-SQLAlchemy's
	 * {@code get_or_404(Post, id, options=[joinedload(Post.author)])}.
	 * <pre class="code">
	 * EntityGraph&lt;Post&gt; withAuthor = db.session().entityManager(Post.class).createEntityGraph(Post.class);
	 * withAuthor.addAttributeNode("author");
	 * Post post = db.getOr404(withAuthor, id);
	 * </pre>
	 * @param <T> the entity type
	 * @param graph the entity graph
	 * @param id the primary key
	 * @param options how to find it
	 * @return the entity
	 * @throws NotFoundException if there is none
	 */
	public <T> T getOr404(EntityGraph<T> graph, Object id, FindOption... options) {
		return found(session().get(graph, id, options), null);
	}

	private static <T> T found(@Nullable T entity, @Nullable String description) {
		if (entity == null) {
			throw new NotFoundException(description);
		}
		return entity;
	}

	/**
	 * Return the first result of a query, or fail with a 404 when there is none (or it is
	 * {@code null}). Further results are ignored.
	 * @param <T> the result type
	 * @param query the query, from {@code db.session().createQuery(...)}
	 * @return the first result
	 * @throws NotFoundException if there is none
	 */
	public <T> T firstOr404(TypedQuery<T> query) {
		return firstOr404(query, null);
	}

	/**
	 * Return the first result of a query, or fail with a 404.
	 * @param <T> the result type
	 * @param query the query
	 * @param description what the 404 response says; {@code null} for the default text
	 * @return the first result
	 * @throws NotFoundException if there is none
	 */
	public <T> T firstOr404(TypedQuery<T> query, @Nullable String description) {
		List<T> results = query.setMaxResults(1).getResultList();
		if (results.isEmpty() || results.get(0) == null) {
			throw new NotFoundException(description);
		}
		return results.get(0);
	}

	/**
	 * Return the only result of a query, or fail with a 404 when there is none or more
	 * than one.
	 * @param <T> the result type
	 * @param query the query
	 * @return the result
	 * @throws NotFoundException if there is not exactly one result
	 */
	public <T> T oneOr404(TypedQuery<T> query) {
		return oneOr404(query, null);
	}

	/**
	 * Return the only result of a query, or fail with a 404.
	 * @param <T> the result type
	 * @param query the query
	 * @param description what the 404 response says; {@code null} for the default text
	 * @return the result
	 * @throws NotFoundException if there is not exactly one result
	 */
	public <T> T oneOr404(TypedQuery<T> query, @Nullable String description) {
		try {
			return query.getSingleResult();
		}
		catch (NoResultException | NonUniqueResultException | IncorrectResultSizeDataAccessException ex) {
			throw new NotFoundException(description);
		}
	}

	/**
	 * Return one page of a query, the page and its size taken from the current request's
	 * {@code page} and {@code per_page} parameters with Flask-SQLAlchemy's rules: an
	 * invalid value or a page past the last one is a 404. The items are loaded with one
	 * query and the total with a second, derived from the first.
	 * <pre class="code">
	 * Pagination&lt;User&gt; users = db.paginate(
	 *         db.session().createQuery("select u from User u order by u.username", User.class));
	 * </pre>
	 * @param <T> the type of the items
	 * @param query a JPQL or HQL query, with its parameters set
	 * @return the page
	 * @throws NotFoundException for an invalid page or size, or a page past the last one
	 */
	public <T> Pagination<T> paginate(TypedQuery<T> query) {
		return paginate(query, PageOptions.fromRequest());
	}

	/**
	 * Return one page of a query.
	 * @param <T> the type of the items
	 * @param query a JPQL or HQL query, with its parameters set
	 * @param options the page, its size and the rules, where they differ from the request
	 * and the defaults
	 * @return the page
	 * @throws NotFoundException for an invalid page or size, or a page past the last one,
	 * unless the options turn {@code errorOut} off
	 */
	public <T> Pagination<T> paginate(TypedQuery<T> query, PageOptions options) {
		@SuppressWarnings("unchecked")
		SelectionQuery<T> selection = query.unwrap(SelectionQuery.class);
		return this.paginator.paginate(selection, options);
	}

	/**
	 * Return one page of a criteria query, run on the bind of its first root.
	 * @param <T> the type of the items
	 * @param criteria the query
	 * @return the page
	 * @throws NotFoundException for an invalid page or size, or a page past the last one
	 */
	public <T> Pagination<T> paginate(CriteriaQuery<T> criteria) {
		return paginate(criteria, PageOptions.fromRequest());
	}

	/**
	 * Return one page of a criteria query, run on the bind of its first root.
	 * @param <T> the type of the items
	 * @param criteria the query
	 * @param options the page, its size and the rules
	 * @return the page
	 */
	public <T> Pagination<T> paginate(CriteriaQuery<T> criteria, PageOptions options) {
		return paginate(session().createQuery(criteria), options);
	}

	/**
	 * Return one page of a Hibernate selection query.
	 * @param <T> the type of the items
	 * @param query the query
	 * @return the page
	 * @throws NotFoundException for an invalid page or size, or a page past the last one
	 */
	public <T> Pagination<T> paginate(SelectionQuery<T> query) {
		return this.paginator.paginate(query, PageOptions.fromRequest());
	}

	/**
	 * Return one page of a Hibernate selection query.
	 * @param <T> the type of the items
	 * @param query the query
	 * @param options the page, its size and the rules
	 * @return the page
	 */
	public <T> Pagination<T> paginate(SelectionQuery<T> query, PageOptions options) {
		return this.paginator.paginate(query, options);
	}

	/**
	 * Return one page of a Hibernate query (which is both a {@link TypedQuery} and a
	 * {@link SelectionQuery}).
	 * @param <T> the type of the items
	 * @param query the query
	 * @return the page
	 */
	public <T> Pagination<T> paginate(Query<T> query) {
		return this.paginator.paginate(query, PageOptions.fromRequest());
	}

	/**
	 * Return one page of a Hibernate query.
	 * @param <T> the type of the items
	 * @param query the query
	 * @param options the page, its size and the rules
	 * @return the page
	 */
	public <T> Pagination<T> paginate(Query<T> query, PageOptions options) {
		return this.paginator.paginate(query, options);
	}

	/**
	 * Return one page through a Spring Data repository method that takes a
	 * {@link Pageable}, the page and its size from the current request:
	 * {@code db.paginate((pageable) -> users.findByActiveTrue(pageable))}. A method that
	 * returns a {@link Page} gives the total; one that returns a {@link Slice} does not.
	 * @param <T> the type of the items
	 * @param finder calls the repository method with the page to load
	 * @return the page
	 * @throws NotFoundException for an invalid page or size, or a page past the last one
	 */
	public <T> Pagination<T> paginate(Function<Pageable, ? extends Slice<T>> finder) {
		return this.paginator.paginate(finder, PageOptions.fromRequest());
	}

	/**
	 * Return one page through a Spring Data repository method that takes a
	 * {@link Pageable}.
	 * @param <T> the type of the items
	 * @param finder calls the repository method with the page to load
	 * @param options the page, its size and the rules
	 * @return the page
	 */
	public <T> Pagination<T> paginate(Function<Pageable, ? extends Slice<T>> finder, PageOptions options) {
		return this.paginator.paginate(finder, options);
	}

	/**
	 * Return one page of the entities a Spring Data {@link Specification} selects, through
	 * a repository that executes specifications.
	 * @param <T> the entity type
	 * @param repository the repository
	 * @param specification what to select; sort with a {@code Sort}-taking method
	 * instead, or in the specification's query
	 * @return the page
	 * @throws NotFoundException for an invalid page or size, or a page past the last one
	 */
	public <T> Pagination<T> paginate(JpaSpecificationExecutor<T> repository, Specification<T> specification) {
		return paginate(repository, specification, PageOptions.fromRequest());
	}

	/**
	 * Return one page of the entities a Spring Data {@link Specification} selects.
	 * @param <T> the entity type
	 * @param repository the repository
	 * @param specification what to select
	 * @param options the page, its size and the rules
	 * @return the page
	 */
	public <T> Pagination<T> paginate(JpaSpecificationExecutor<T> repository, Specification<T> specification,
			PageOptions options) {
		return this.paginator.paginate((pageable) -> repository.findAll(specification, pageable), options);
	}

	/**
	 * Start a query on an entity with the legacy interface, Flask-SQLAlchemy's
	 * {@code User.query}: {@code db.query(User.class).filterBy("username", "ada").first()}.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @return the query
	 */
	public <T> EntityQuery<T> query(Class<T> type) {
		return EntityQuery.of(this, type);
	}

	/**
	 * Return the binds of this application.
	 * @return the bind registry
	 */
	public BindRegistry binds() {
		return this.binds;
	}

}
