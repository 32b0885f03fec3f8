package dev.alchemy.query;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.query.Order;
import org.hibernate.query.SelectionQuery;
import org.hibernate.query.range.Range;
import org.hibernate.query.restriction.Restriction;
import org.hibernate.query.specification.SelectionSpecification;
import org.jspecify.annotations.Nullable;

import dev.alchemy.Db;
import dev.alchemy.pagination.KeysetOptions;
import dev.alchemy.pagination.KeysetPagination;
import dev.alchemy.pagination.PageOptions;
import dev.alchemy.pagination.Pagination;
import dev.alchemy.web.NotFoundException;

/**
 * A query on one entity, built step by step as Flask-SQLAlchemy's legacy
 * {@code Model.query}: {@code db.query(User.class).filterBy("username", "ada").first()}.
 * It is Hibernate's own {@link SelectionSpecification} underneath, run on the bind of the
 * entity in the current session. Instances are immutable: every step returns a new query.
 *
 * @param <T> the entity type
 * @author Alchemy team
 * @since 0.1.0
 */
public final class EntityQuery<T> {

	private final Db db;

	private final Class<T> type;

	private final List<Restriction<? super T>> restrictions;

	private final List<Order<? super T>> orders;

	private EntityQuery(Db db, Class<T> type, List<Restriction<? super T>> restrictions,
			List<Order<? super T>> orders) {
		this.db = db;
		this.type = type;
		this.restrictions = List.copyOf(restrictions);
		this.orders = List.copyOf(orders);
	}

	/**
	 * Start a query on every row of an entity.
	 * @param <T> the entity type
	 * @param db the databases
	 * @param type the entity class
	 * @return the query
	 */
	public static <T> EntityQuery<T> of(Db db, Class<T> type) {
		return new EntityQuery<>(db, type, List.of(), List.of());
	}

	/**
	 * Keep the rows whose attribute equals the value (Flask-SQLAlchemy's
	 * {@code filter_by(name=value)}).
	 * @param attribute the name of a persistent attribute of the entity
	 * @param value the value
	 * @return the narrowed query
	 */
	public EntityQuery<T> filterBy(String attribute, Object value) {
		return filter(Restriction.restrict(this.type, attribute, Range.singleValue(value)));
	}

	/**
	 * Keep the rows that match a Hibernate restriction (Flask-SQLAlchemy's
	 * {@code filter(...)}), for example {@code Restriction.like(User_.email, "%@example.com")}.
	 * @param restriction the restriction
	 * @return the narrowed query
	 */
	public EntityQuery<T> filter(Restriction<? super T> restriction) {
		List<Restriction<? super T>> restricted = new ArrayList<>(this.restrictions);
		restricted.add(restriction);
		return new EntityQuery<>(this.db, this.type, restricted, this.orders);
	}

	/**
	 * Sort by an attribute, ascending, after any earlier sort.
	 * @param attribute the name of a persistent attribute of the entity
	 * @return the sorted query
	 */
	public EntityQuery<T> orderBy(String attribute) {
		return orderBy(Order.asc(this.type, attribute));
	}

	/**
	 * Sort by an attribute, descending, after any earlier sort.
	 * @param attribute the name of a persistent attribute of the entity
	 * @return the sorted query
	 */
	public EntityQuery<T> orderByDesc(String attribute) {
		return orderBy(Order.desc(this.type, attribute));
	}

	/**
	 * Sort by a Hibernate {@link Order}, after any earlier sort.
	 * @param order the order
	 * @return the sorted query
	 */
	public EntityQuery<T> orderBy(Order<? super T> order) {
		List<Order<? super T>> sorted = new ArrayList<>(this.orders);
		sorted.add(order);
		return new EntityQuery<>(this.db, this.type, this.restrictions, sorted);
	}

	/**
	 * Return every row.
	 * @return the entities
	 */
	public List<T> all() {
		return selection().getResultList();
	}

	/**
	 * Return the first row, or {@code null} when there is none.
	 * @return the entity, or {@code null}
	 */
	public @Nullable T first() {
		List<T> first = selection().setMaxResults(1).getResultList();
		return first.isEmpty() ? null : first.get(0);
	}

	/**
	 * Return the only row.
	 * @return the entity
	 * @throws jakarta.persistence.NoResultException if there is none
	 * @throws jakarta.persistence.NonUniqueResultException if there are several
	 */
	public T one() {
		return selection().getSingleResult();
	}

	/**
	 * Return the number of rows.
	 * @return the count
	 */
	public long count() {
		return selection().getResultCount();
	}

	/**
	 * Return the entity with the given primary key, or {@code null} (filters do not
	 * apply, as in Flask-SQLAlchemy).
	 * @param id the primary key
	 * @return the entity, or {@code null}
	 */
	public @Nullable T get(Object id) {
		return this.db.session().get(this.type, id);
	}

	/**
	 * Return the entity with the given primary key, or fail with a 404.
	 * @param id the primary key
	 * @return the entity
	 * @throws NotFoundException if there is none
	 */
	public T getOr404(Object id) {
		return this.db.getOr404(this.type, id);
	}

	/**
	 * Return the first row, or fail with a 404.
	 * @return the entity
	 * @throws NotFoundException if there is none
	 */
	public T firstOr404() {
		T first = first();
		if (first == null) {
			throw new NotFoundException(null);
		}
		return first;
	}

	/**
	 * Return the only row, or fail with a 404 when there is none or several.
	 * @return the entity
	 * @throws NotFoundException if there is not exactly one
	 */
	public T oneOr404() {
		// Two rows are enough to know there is more than one.
		List<T> rows = selection().setMaxResults(2).getResultList();
		if (rows.size() != 1) {
			throw new NotFoundException(null);
		}
		return rows.get(0);
	}

	/**
	 * Return one page, with the page and its size from the current request.
	 * @return the page
	 * @see Db#paginate(SelectionQuery)
	 */
	public Pagination<T> paginate() {
		return this.db.paginate(selection());
	}

	/**
	 * Return one page.
	 * @param options the page, its size and the rules
	 * @return the page
	 * @see Db#paginate(SelectionQuery, PageOptions)
	 */
	public Pagination<T> paginate(PageOptions options) {
		return this.db.paginate(selection(), options);
	}

	/**
	 * Return one page found by key (keyset pagination); the key replaces this query's
	 * {@code orderBy}.
	 * @param options the key, and what the request does not say
	 * @return the page, with the cursors of its neighbours
	 * @see Db#paginate(SelectionQuery, KeysetOptions)
	 */
	public KeysetPagination<T> paginate(KeysetOptions<T> options) {
		return this.db.paginate(selection(), options);
	}

	private SelectionQuery<T> selection() {
		SelectionSpecification<T> specification = SelectionSpecification.create(this.type);
		this.restrictions.forEach(specification::restrict);
		this.orders.forEach(specification::sort);
		return specification.createQuery(this.db.session().entityManager(this.type));
	}

}
