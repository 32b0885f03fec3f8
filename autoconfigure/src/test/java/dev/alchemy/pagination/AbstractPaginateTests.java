package dev.alchemy.pagination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.Metamodel;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.Order;
import org.hibernate.query.SelectionQuery;
import org.hibernate.query.range.Range;
import org.hibernate.query.restriction.Restriction;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import dev.alchemy.Db;
import dev.alchemy.autoconfigure.fixtures.FixturesApplication;
import dev.alchemy.autoconfigure.fixtures.Post;
import dev.alchemy.autoconfigure.fixtures.PostRepository;
import dev.alchemy.autoconfigure.fixtures.User;
import dev.alchemy.session.SessionScope;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@code db.paginate(...)}, numbered and keyset pages, run on every database: 45
 * posts by 3 authors, published on 9 days.
 */
abstract class AbstractPaginateTests {

	private static final String POSTS = "select p from Post p join fetch p.author order by p.id";

	private static final String UNORDERED_POSTS = "select p from Post p join fetch p.author";

	private static final int PER_PAGE = 7;

	private static final Order<Post> ID = Order.asc(Post.class, "id");

	private static final Order<Post> PUBLISHED = Order.asc(Post.class, "published");

	private static ConfigurableApplicationContext context;

	private Db db;

	private SessionScope scope;

	private List<Long> postIds;

	static void start(TestDatabase database) {
		context = FixturesApplication.start("sqlalchemy.database-uri=" + database.uri(),
				"spring.jpa.properties.hibernate.generate_statistics=true");
		Db db = context.getBean(Db.class);
		db.createAll();
		try (SessionScope scope = db.openScope()) {
			List<User> authors = List.of(new User("ada"), new User("grace"), new User("linus"));
			authors.forEach(db.session()::add);
			for (int i = 0; i < 45; i++) {
				Post post = new Post("post " + i, authors.get(i % 3));
				// Five posts a day, out of step with the ids: keyset pages need the id as
				// tie-breaker, and their order is not the ids'.
				post.setPublished(LocalDate.of(2026, 3, 1).plusDays((i * 5) % 9));
				db.session().add(post);
			}
			db.session().commit();
		}
	}

	@AfterAll
	static void stop() {
		if (context != null) {
			context.close();
		}
	}

	@BeforeEach
	void openScope() {
		this.db = context.getBean(Db.class);
		this.scope = this.db.openScope();
		this.postIds = this.db.session().createQuery("select p.id from Post p order by p.id", Long.class).getResultList();
		statistics().clear();
	}

	@AfterEach
	void closeScope() {
		this.scope.close();
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void itemsAndTotalOfAJoinFetchingQueryTakeTwoStatements() {
		Pagination<Post> page = this.db.paginate(posts(), PageOptions.fromRequest().page(2).perPage(20));
		assertThat(page.items()).extracting(Post::getId).containsExactlyElementsOf(this.postIds.subList(20, 40));
		assertThat(page.items()).allSatisfy((post) -> assertThat(post.getAuthor().getUsername()).isNotNull());
		assertThat(page.total()).isEqualTo(45);
		assertThat(page.pages()).isEqualTo(3);
		assertThat(page.hasNext()).isTrue();
		assertThat(statistics().getPrepareStatementCount()).isEqualTo(2);
	}

	@Test
	void withoutCountNoCountQueryRuns() {
		Pagination<Post> page = this.db.paginate(posts(), PageOptions.fromRequest().perPage(10).count(false));
		assertThat(page.items()).hasSize(10);
		assertThat(page.total()).isNull();
		assertThat(statistics().getPrepareStatementCount()).isEqualTo(1);
	}

	@Test
	void nextAndPrevReuseTheTotal() {
		Pagination<Post> first = this.db.paginate(posts(), PageOptions.fromRequest().perPage(20));
		statistics().clear();
		Pagination<Post> last = first.next().next();
		assertThat(last.page()).isEqualTo(3);
		assertThat(last.items()).extracting(Post::getId).containsExactlyElementsOf(this.postIds.subList(40, 45));
		assertThat(last.total()).isEqualTo(45);
		assertThat(last.prev().items()).hasSize(20);
		assertThat(statistics().getPrepareStatementCount()).isEqualTo(3);
	}

	@Test
	void pageAndSizeComeFromTheRequest() {
		request("page", "3", "per_page", "7");
		Pagination<Post> page = this.db.paginate(posts());
		assertThat(page.page()).isEqualTo(3);
		assertThat(page.perPage()).isEqualTo(7);
		assertThat(page.items()).extracting(Post::getId).containsExactlyElementsOf(this.postIds.subList(14, 21));
	}

	@Test
	void optionsWinOverTheRequest() {
		request("page", "3", "per_page", "7");
		Pagination<Post> page = this.db.paginate(posts(), PageOptions.fromRequest().page(1));
		assertThat(page.page()).isEqualTo(1);
		assertThat(page.perPage()).isEqualTo(7);
	}

	@Test
	void requestedSizeIsCappedByMaxPerPage() {
		request("per_page", "99999999999999999999");
		assertThat(this.db.paginate(posts()).perPage()).isEqualTo(100);
		assertThat(this.db.paginate(posts(), PageOptions.fromRequest().maxPerPage(30)).perPage()).isEqualTo(30);
	}

	@Test
	void invalidRequestValuesAre404sUnlessErrorOutIsOff() {
		request("page", "abc", "per_page", "0");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.db.paginate(posts()));
		Pagination<Post> corrected = this.db.paginate(posts(), PageOptions.fromRequest().errorOut(false));
		assertThat(corrected.page()).isEqualTo(1);
		assertThat(corrected.perPage()).isEqualTo(20);
	}

	@Test
	void pagePastTheLastIsA404UnlessErrorOutIsOff() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.db.paginate(posts(), PageOptions.fromRequest().page(4)));
		Pagination<Post> empty = this.db.paginate(posts(), PageOptions.fromRequest().page(4).errorOut(false));
		assertThat(empty.items()).isEmpty();
		assertThat(empty.total()).isEqualTo(45);
	}

	@Test
	void emptyFirstPageIsNotAnError() {
		Pagination<Post> page = this.db.paginate(this.db.session()
			.createQuery("select p from Post p where p.title = :title", Post.class)
			.setParameter("title", "none"));
		assertThat(page.items()).isEmpty();
		assertThat(page.total()).isZero();
		assertThat(page.pages()).isZero();
	}

	@Test
	void criteriaQueriesArePaginated() {
		CriteriaBuilder builder = this.db.session().getCriteriaBuilder(Post.class);
		CriteriaQuery<Post> query = builder.createQuery(Post.class);
		Root<Post> post = query.from(Post.class);
		query.select(post).where(builder.like(post.get("title"), "post 1%")).orderBy(builder.asc(post.get("id")));
		Pagination<Post> page = this.db.paginate(query, PageOptions.fromRequest().perPage(5));
		assertThat(page.total()).isEqualTo(11);
		assertThat(page.items()).extracting(Post::getTitle)
			.containsExactly("post 1", "post 10", "post 11", "post 12", "post 13");
	}

	@Test
	void parameterNamesAreConfigurable() {
		request("p", "2", "size", "4");
		Paginator paginator = new Paginator(PageDefaults.defaults(), "p", "size", "cursor");
		SelectionQuery<Post> query = posts().unwrap(SelectionQuery.class);
		Pagination<Post> page = paginator.paginate(query, PageOptions.fromRequest());
		assertThat(page.page()).isEqualTo(2);
		assertThat(page.perPage()).isEqualTo(4);
	}

	@Test
	void getOr404WithAnEntityGraphLoadsTheAssociationInOneQuery() {
		EntityGraph<Post> withAuthor = this.db.session().entityManager(Post.class).createEntityGraph(Post.class);
		withAuthor.addAttributeNode("author");
		Post post = this.db.getOr404(withAuthor, this.postIds.get(0));
		assertThat(Hibernate.isInitialized(post.getAuthor())).isTrue();
		assertThat(post.getAuthor().getUsername()).isEqualTo("ada");
		assertThat(statistics().getPrepareStatementCount()).isOne();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.db.getOr404(withAuthor, Long.MAX_VALUE));
	}

	@Test
	void getOr404TakesALockMode() {
		TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		Post post = transaction.execute((status) -> {
			Post locked = this.db.getOr404(Post.class, this.postIds.get(1), LockModeType.PESSIMISTIC_WRITE);
			assertThat(this.db.session().entityManager(Post.class).getLockMode(locked))
				.isEqualTo(LockModeType.PESSIMISTIC_WRITE);
			return locked;
		});
		assertThat(post.getTitle()).isEqualTo("post 1");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> transaction
			.executeWithoutResult((status) -> this.db.getOr404(Post.class, Long.MAX_VALUE, LockModeType.PESSIMISTIC_WRITE)));
	}

	@Test
	void legacyQueryFiltersSortsAndFetches() {
		assertThat(this.db.query(Post.class).filterBy("title", "post 7").one().getId()).isEqualTo(this.postIds.get(7));
		assertThat(this.db.query(Post.class).orderByDesc("id").first().getId()).isEqualTo(this.postIds.get(44));
		assertThat(this.db.query(Post.class).filterBy("title", "none").first()).isNull();
		assertThat(this.db.query(Post.class).all()).hasSize(45);
		assertThat(this.db.query(Post.class).filter(Restriction.restrict(Post.class, "title", Range.prefix("post 4")))
			.orderBy("title")
			.all()).extracting(Post::getTitle)
			.containsExactly("post 4", "post 40", "post 41", "post 42", "post 43", "post 44");
		assertThat(this.db.query(Post.class).filterBy("title", "post 1").count()).isOne();
		assertThat(this.db.query(Post.class).get(this.postIds.get(3)).getTitle()).isEqualTo("post 3");
	}

	@Test
	void legacyQueryHas404Helpers() {
		assertThat(this.db.query(Post.class).getOr404(this.postIds.get(2)).getTitle()).isEqualTo("post 2");
		assertThat(this.db.query(Post.class).filterBy("title", "post 2").firstOr404().getTitle()).isEqualTo("post 2");
		assertThat(this.db.query(Post.class).filterBy("title", "post 2").oneOr404().getTitle()).isEqualTo("post 2");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.db.query(Post.class).getOr404(Long.MAX_VALUE));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.db.query(Post.class).filterBy("title", "none").firstOr404());
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.db.query(Post.class).filterBy("title", "none").oneOr404());
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.db.query(Post.class).oneOr404());
	}

	@Test
	void legacyQueryPaginates() {
		Pagination<Post> page = this.db.query(Post.class)
			.orderBy("id")
			.paginate(PageOptions.fromRequest().page(5).perPage(10));
		assertThat(page.items()).extracting(Post::getId).containsExactlyElementsOf(this.postIds.subList(40, 45));
		assertThat(page.total()).isEqualTo(45);
	}

	@Test
	void legacyQueryPaginatesByKey() {
		KeysetPagination<Post> page = this.db.query(Post.class)
			.filterBy("author", this.db.query(User.class).filterBy("username", "grace").one())
			.paginate(KeysetOptions.by(PUBLISHED.reverse(), ID.reverse()).perPage(4));
		KeysetPagination<Post> next = this.db.query(Post.class)
			.filterBy("author", this.db.query(User.class).filterBy("username", "grace").one())
			.paginate(KeysetOptions.by(PUBLISHED.reverse(), ID.reverse()).perPage(4).cursor(page.nextCursor()));
		List<Post> expected = this.db.session()
			.createQuery("select p from Post p where p.author.username = 'grace' order by p.published desc, p.id desc",
					Post.class)
			.getResultList();
		assertThat(expected).hasSize(15);
		assertThat(page.items()).containsExactlyElementsOf(expected.subList(0, 4));
		assertThat(next.items()).containsExactlyElementsOf(expected.subList(4, 8));
	}

	@Test
	void repositoryMethodsTakingAPageableArePaginated() {
		PostRepository repository = context.getBean(PostRepository.class);
		request("page", "2", "per_page", "4");
		Pagination<Post> page = this.db.paginate((pageable) -> repository.findByTitleStartingWithOrderById("post 1", pageable));
		// "post 1", "post 10" ... "post 19" in id order: the second page of four starts at "post 13".
		assertThat(page.items()).extracting(Post::getTitle).containsExactly("post 13", "post 14", "post 15", "post 16");
		assertThat(page.total()).isEqualTo(11);
		assertThat(page.next().items()).extracting(Post::getTitle).containsExactly("post 17", "post 18", "post 19");
		Pagination<Post> slice = this.db
			.paginate((pageable) -> repository.findSliceByTitleStartingWithOrderById("post 1", pageable));
		assertThat(slice.items()).hasSize(4);
		assertThat(slice.total()).isNull();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.db.paginate(
				(pageable) -> repository.findByTitleStartingWithOrderById("post 1", pageable),
				PageOptions.fromRequest().page(4)));
	}

	@Test
	void specificationsArePaginated() {
		PostRepository repository = context.getBean(PostRepository.class);
		Specification<Post> byAda = (root, query, builder) -> {
			query.orderBy(builder.asc(root.get("id")));
			return builder.equal(root.get("author").get("username"), "ada");
		};
		Pagination<Post> page = this.db.paginate(repository, byAda, PageOptions.fromRequest().perPage(10));
		assertThat(page.total()).isEqualTo(15);
		assertThat(page.pages()).isEqualTo(2);
		assertThat(page.items()).extracting(Post::getTitle).startsWith("post 0", "post 3", "post 6");
	}

	// Keyset pages: every walk is checked against the numbered pages of the same order.

	@Test
	void cursorsWalkThroughTheNumberedPagesOfAUniqueKey() {
		assertWalksThroughNumberedPages("p.id", ID);
	}

	@Test
	void cursorsWalkThroughTheNumberedPagesOfARepeatingColumnWithTheIdAsTieBreaker() {
		assertWalksThroughNumberedPages("p.published, p.id", PUBLISHED, ID);
	}

	@Test
	void cursorsWalkThroughTheNumberedPagesOfADescendingKey() {
		assertWalksThroughNumberedPages("p.published desc, p.id desc", PUBLISHED.reverse(), ID.reverse());
	}

	@Test
	void cursorsWalkThroughTheNumberedPagesOfAStringKey() {
		assertWalksThroughNumberedPages("p.title desc, p.id", Order.desc(Post.class, "title"), ID);
	}

	@Test
	void nextAndPrevWalkTheSamePagesAsTheCursors() {
		List<List<Long>> numbered = numberedPages("p.published, p.id");
		KeysetPagination<Post> page = this.db.paginate(posts(), KeysetOptions.by(PUBLISHED, ID).perPage(PER_PAGE));
		List<List<Long>> forwards = new ArrayList<>(List.of(ids(page)));
		while (page.hasNext()) {
			page = page.next();
			forwards.add(ids(page));
		}
		assertThat(forwards).isEqualTo(numbered);
		List<List<Long>> backwards = new ArrayList<>(List.of(ids(page)));
		while (page.hasPrev()) {
			page = page.prev();
			backwards.add(ids(page));
		}
		Collections.reverse(backwards);
		assertThat(backwards).isEqualTo(numbered);
		assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(page::prev);
	}

	@Test
	void theQuerysOwnOrderIsReplacedByTheKey() {
		KeysetPagination<Post> page = this.db.paginate(
				this.db.session().createQuery(UNORDERED_POSTS + " order by p.title desc", Post.class),
				KeysetOptions.by(ID).perPage(PER_PAGE));
		assertThat(ids(page)).isEqualTo(numberedPages("p.id").get(0));
	}

	@Test
	void criteriaQueriesArePaginatedByKey() {
		CriteriaBuilder builder = this.db.session().getCriteriaBuilder(Post.class);
		CriteriaQuery<Post> query = builder.createQuery(Post.class);
		Root<Post> post = query.from(Post.class);
		query.select(post).where(builder.like(post.get("title"), "post 1%"));
		KeysetPagination<Post> page = this.db.paginate(query, KeysetOptions.by(ID).perPage(5).count(true));
		assertThat(page.items()).extracting(Post::getTitle)
			.containsExactly("post 1", "post 10", "post 11", "post 12", "post 13");
		assertThat(page.total()).isEqualTo(11);
		assertThat(page.next().next().items()).extracting(Post::getTitle).containsExactly("post 19");
	}

	@Test
	void aDeepPageTakesOneStatementAndNoCount() {
		KeysetPagination<Post> page = this.db.paginate(posts(), KeysetOptions.by(PUBLISHED, ID).perPage(PER_PAGE));
		for (int i = 0; i < 5; i++) {
			page = this.db.paginate(posts(), KeysetOptions.by(PUBLISHED, ID).perPage(PER_PAGE).cursor(page.nextCursor()));
		}
		statistics().clear();
		KeysetPagination<Post> deep = this.db.paginate(posts(),
				KeysetOptions.by(PUBLISHED, ID).perPage(PER_PAGE).cursor(page.prevCursor()));
		assertThat(deep.items()).hasSize(PER_PAGE);
		assertThat(deep.total()).isNull();
		assertThat(statistics().getPrepareStatementCount()).isOne();
		statistics().clear();
		assertThat(this.db.paginate(posts(), KeysetOptions.by(ID).count(true)).total()).isEqualTo(45);
		assertThat(statistics().getPrepareStatementCount()).isEqualTo(2);
	}

	@Test
	void cursorAndSizeComeFromTheRequestAndThePageNumberIsIgnored() {
		KeysetPagination<Post> first = this.db.paginate(posts(), KeysetOptions.by(ID).perPage(5));
		request("cursor", first.nextCursor(), "per_page", "5", "page", "abc");
		KeysetPagination<Post> second = this.db.paginate(posts(), KeysetOptions.by(ID));
		assertThat(second.perPage()).isEqualTo(5);
		assertThat(ids(second)).isEqualTo(allIds("p.id").subList(5, 10));
		request("per_page", "99999999999999999999");
		assertThat(this.db.paginate(posts(), KeysetOptions.by(ID)).perPage()).isEqualTo(100);
	}

	@Test
	void theCursorParameterIsConfigurable() {
		KeysetPagination<Post> first = this.db.paginate(posts(), KeysetOptions.by(ID).perPage(5));
		request("after", first.nextCursor(), "size", "5");
		Paginator paginator = new Paginator(PageDefaults.defaults(), "p", "size", "after");
		KeysetPagination<Post> second = paginator.paginate(posts().unwrap(SelectionQuery.class),
				KeysetOptions.by(ID), metamodel());
		assertThat(ids(second)).isEqualTo(allIds("p.id").subList(5, 10));
	}

	@Test
	void malformedAndTamperedCursorsAre404sUnlessErrorOutIsOff() {
		KeysetPagination<Post> first = this.db.paginate(posts(), KeysetOptions.by(PUBLISHED, ID).perPage(5));
		String cursor = first.nextCursor();
		byte[] bytes = Base64.getUrlDecoder().decode(cursor);
		List<String> invalid = new ArrayList<>(List.of("abc", "!!!", "AQ", cursor + "A",
				cursor.substring(0, cursor.length() - 2), "x".repeat(10000)));
		for (int i = 0; i < bytes.length; i++) {
			// Each byte in turn: the version, the direction, the key's checksum, the count,
			// the tags, the lengths and the values' text (a digit becomes a letter).
			byte[] tampered = bytes.clone();
			tampered[i] ^= 0x40;
			invalid.add(Base64.getUrlEncoder().withoutPadding().encodeToString(tampered));
		}
		for (String text : invalid) {
			KeysetOptions<Post> options = KeysetOptions.by(PUBLISHED, ID).perPage(5).cursor(text);
			List<Long> page;
			try {
				page = ids(this.db.paginate(posts(), options));
			}
			catch (NotFoundException ex) {
				page = null;
			}
			assertThat(page).as("cursor %s", text).isNull();
			assertThat(ids(this.db.paginate(posts(), options.errorOut(false)))).as("cursor %s", text)
				.isEqualTo(ids(first));
		}
	}

	@Test
	void aCursorOfAnotherKeyIsA404() {
		String cursor = this.db.paginate(posts(), KeysetOptions.by(PUBLISHED, ID).perPage(5)).nextCursor();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.db.paginate(posts(),
				KeysetOptions.by(PUBLISHED.reverse(), ID.reverse()).cursor(cursor)));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.db.paginate(posts(), KeysetOptions.by(ID).cursor(cursor)));
	}

	@Test
	void aCursorPastTheEndIsA404UnlessErrorOutIsOff() {
		// A cursor after the last post, as a next link becomes when the posts after it go.
		String pastTheEnd = this.db
			.paginate(this.db.session()
				.createQuery(UNORDERED_POSTS + " where p.title in ('post 43', 'post 44')", Post.class),
					KeysetOptions.by(ID).perPage(1))
			.nextCursor();
		TypedQuery<Post> onlyTheFirst = this.db.session()
			.createQuery(UNORDERED_POSTS + " where p.title = 'post 43'", Post.class);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.db.paginate(onlyTheFirst, KeysetOptions.by(ID).cursor(pastTheEnd)));
		KeysetPagination<Post> empty = this.db.paginate(onlyTheFirst,
				KeysetOptions.by(ID).cursor(pastTheEnd).errorOut(false));
		assertThat(empty.items()).isEmpty();
		assertThat(empty.hasNext()).isFalse();
	}

	@Test
	void anEmptyFirstPageIsNotAnError() {
		KeysetPagination<Post> page = this.db.paginate(
				this.db.session().createQuery(UNORDERED_POSTS + " where p.title = 'none'", Post.class), KeysetOptions.by(ID));
		assertThat(page.items()).isEmpty();
		assertThat(page.hasPrev()).isFalse();
		assertThat(page.hasNext()).isFalse();
	}

	@Test
	void keysThatCannotMakeACursorAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.db.paginate(posts(), KeysetOptions.by(Order.asc(Post.class, "author"), ID)))
			.withMessageContaining("Post.author");
		assertThatIllegalArgumentException().isThrownBy(() -> KeysetOptions.by(Order.asc(Post.class, "title").ignoringCase()))
			.withMessageContaining("ignoring case");
		assertThatIllegalArgumentException().isThrownBy(() -> KeysetOptions.<Object[]>by(Order.asc(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> KeysetOptions.by(List.of()));
	}

	@SafeVarargs
	private void assertWalksThroughNumberedPages(String orderBy, Order<Post>... key) {
		List<List<Long>> numbered = numberedPages(orderBy);
		assertThat(numbered).hasSize(7);
		KeysetPagination<Post> page = this.db.paginate(posts(), KeysetOptions.by(key).perPage(PER_PAGE));
		assertThat(page.hasPrev()).isFalse();
		List<List<Long>> forwards = new ArrayList<>(List.of(ids(page)));
		while (page.hasNext()) {
			page = this.db.paginate(posts(), KeysetOptions.by(key).perPage(PER_PAGE).cursor(page.nextCursor()));
			forwards.add(ids(page));
		}
		assertThat(forwards).isEqualTo(numbered);
		assertThat(page.nextCursor()).isNull();
		List<List<Long>> backwards = new ArrayList<>(List.of(ids(page)));
		while (page.hasPrev()) {
			page = this.db.paginate(posts(), KeysetOptions.by(key).perPage(PER_PAGE).cursor(page.prevCursor()));
			backwards.add(ids(page));
		}
		Collections.reverse(backwards);
		assertThat(backwards).isEqualTo(numbered);
		assertThat(page.prevCursor()).isNull();
		assertThat(page.hasNext()).isTrue();
	}

	private List<List<Long>> numberedPages(String orderBy) {
		List<List<Long>> pages = new ArrayList<>();
		Pagination<Post> page = this.db.paginate(
				this.db.session().createQuery(UNORDERED_POSTS + " order by " + orderBy, Post.class),
				PageOptions.fromRequest().perPage(PER_PAGE));
		pages.add(page.items().stream().map(Post::getId).toList());
		while (page.hasNext()) {
			page = page.next();
			pages.add(page.items().stream().map(Post::getId).toList());
		}
		assertThat(pages.stream().mapToInt(List::size).sum()).isEqualTo(45);
		return pages;
	}

	private List<Long> allIds(String orderBy) {
		return this.db.session().createQuery("select p.id from Post p order by " + orderBy, Long.class).getResultList();
	}

	private static List<Long> ids(KeysetPagination<Post> page) {
		return page.items().stream().map(Post::getId).toList();
	}

	private static Metamodel metamodel() {
		return context.getBean(EntityManagerFactory.class).getMetamodel();
	}

	private TypedQuery<Post> posts() {
		return this.db.session().createQuery(POSTS, Post.class);
	}

	private static void request(String... parameters) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		for (int i = 0; i < parameters.length; i += 2) {
			request.addParameter(parameters[i], parameters[i + 1]);
		}
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	private static Statistics statistics() {
		return context.getBean(EntityManagerFactory.class).unwrap(SessionFactoryImplementor.class).getStatistics();
	}

}
