package dev.alchemy.samples.quickstart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MultiValueMap;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.util.UriComponentsBuilder;

import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The page widget of {@code /users} in a real browser: headless Chromium from Debian's
 * {@code chromium} and {@code chromium-driver} packages, driven by Selenium, against the
 * application on a random port and SQLite. 125 users, 10 a page: 13 pages, with gaps.
 * <p>
 * Without those packages the tests are skipped, except where {@code ALCHEMY_REQUIRE_BROWSER}
 * or {@code CI} is {@code true}: there they fail.
 *
 * @author Alchemy team
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ExtendWith(PageWidgetBrowserTests.BrowserInstalled.class)
class PageWidgetBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final String NO_BROWSER = "No browser: the page widget's browser tests need " + CHROMIUM + " and "
			+ CHROMEDRIVER + ", from Debian's packages: apt-get install chromium chromium-driver";

	private static final int USER_COUNT = 125;

	@TempDir
	static Path directory;

	private static final Supplier<TestDatabase> database = SingletonSupplier
		.of(() -> TestDatabases.sqlite(directory));

	private static WebDriver browser;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void databaseUri(DynamicPropertyRegistry registry) {
		registry.add("sqlalchemy.database-uri", () -> database.get().uri());
	}

	@BeforeAll
	static void startBrowser(@TempDir Path profile) {
		if (!browserInstalled()) {
			fail(NO_BROWSER + " (required here: ALCHEMY_REQUIRE_BROWSER or CI is true)");
		}
		ChromeOptions options = new ChromeOptions();
		// Both paths given: Selenium Manager has nothing to look up, let alone download.
		options.setBinary(CHROMIUM.toFile());
		// Without the background networking switches Chromium waits on a closed network.
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile, "--window-size=1280,1024");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	private static boolean browserInstalled() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	private static boolean browserRequired() {
		return "true".equalsIgnoreCase(System.getenv("ALCHEMY_REQUIRE_BROWSER"))
				|| "true".equalsIgnoreCase(System.getenv("CI"));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void users() {
		TestDatabase db = database.get();
		List<Object[]> rows = new ArrayList<>();
		// Inserted in reverse, so that ids and usernames sort differently.
		for (int n = USER_COUNT - 1; n >= 0; n--) {
			rows.add(new Object[] { username(n) });
		}
		new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())).executeWithoutResult((status) -> {
			db.jdbc().update("delete from \"user\"");
			db.jdbc().batchUpdate("insert into \"user\" (username) values (?)", rows);
		});
	}

	@Test
	void theCurrentPageIsMarkedAndIsNotALink() {
		open("/users?page=5&per_page=10");
		List<WebElement> current = widget().findElements(By.cssSelector("[aria-current]"));
		assertThat(current).hasSize(1);
		assertThat(current.get(0).getDomAttribute("aria-current")).isEqualTo("page");
		assertThat(current.get(0).getText()).isEqualTo("5");
		assertThat(current.get(0).getTagName()).isNotEqualTo("a");
		assertThat(current.get(0).findElements(By.xpath("ancestor-or-self::a"))).isEmpty();
		assertThat(widget().findElements(By.linkText("5"))).isEmpty();
		assertThat(widget().findElements(By.linkText("4"))).hasSize(1);
		assertThat(widget().findElements(By.linkText("6"))).hasSize(1);
	}

	@Test
	void skippedPagesRenderAsAnEllipsis() {
		open("/users?per_page=10");
		assertThat(entries()).containsExactly("Previous", "1", "2", "3", "4", "5", "…", "12", "13", "Next");
		open("/users?page=7&per_page=10");
		assertThat(entries()).containsExactly("Previous", "1", "2", "…", "5", "6", "7", "8", "9", "10", "11", "12",
				"13", "Next");
		List<WebElement> gaps = widget().findElements(By.xpath(".//li[normalize-space(.)='…']/*"));
		assertThat(gaps).singleElement().satisfies((gap) -> {
			assertThat(gap.getTagName()).isNotEqualTo("a");
			assertThat(gap.findElements(By.tagName("a"))).isEmpty();
		});
	}

	@Test
	void previousAndNextAreDisabledAtTheEnds() {
		open("/users?per_page=10");
		assertDisabled("Previous");
		assertThat(widget().findElement(By.linkText("Next")).getDomAttribute("rel")).isEqualTo("next");
		open("/users?page=13&per_page=10");
		assertDisabled("Next");
		assertThat(widget().findElement(By.linkText("Previous")).getDomAttribute("rel")).isEqualTo("prev");
		open("/users?page=2&per_page=10");
		assertThat(widget().findElements(By.linkText("Previous"))).hasSize(1);
		assertThat(widget().findElements(By.linkText("Next"))).hasSize(1);
	}

	@Test
	void linksKeepTheOtherQueryParameters() {
		open("/users?q=a%20%26%20b&per_page=10&page=2");
		List<WebElement> links = widget().findElements(By.tagName("a"));
		assertThat(links).hasSizeGreaterThan(5);
		for (WebElement link : links) {
			MultiValueMap<String, String> query = UriComponentsBuilder.fromUriString(link.getDomProperty("href"))
				.build(true)
				.getQueryParams();
			assertThat(query.getFirst("per_page")).as(link.getText()).isEqualTo("10");
			assertThat(query.getFirst("q")).as(link.getText()).isEqualTo("a%20%26%20b");
			assertThat(query.get("page")).as(link.getText()).hasSize(1);
		}
	}

	@Test
	void clickingPageLinksAndNextAndPreviousNavigates() {
		open("/users?per_page=10");
		assertThat(usernames()).containsExactlyElementsOf(usernames(0, 10));
		click("3", "page=3");
		assertThat(usernames()).containsExactlyElementsOf(usernames(20, 30));
		assertThat(currentPage()).isEqualTo("3");
		click("Next", "page=4");
		assertThat(usernames()).containsExactlyElementsOf(usernames(30, 40));
		assertThat(currentPage()).isEqualTo("4");
		click("Previous", "page=3");
		assertThat(usernames()).containsExactlyElementsOf(usernames(20, 30));
		click("13", "page=13");
		assertThat(usernames()).containsExactlyElementsOf(usernames(120, 125));
		assertThat(currentPage()).isEqualTo("13");
		assertDisabled("Next");
		assertThat(browser.getCurrentUrl()).contains("per_page=10");
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static WebElement widget() {
		return browser.findElement(By.cssSelector("nav[aria-label='Pagination']"));
	}

	/** The visible text of each entry of the widget, in order. */
	private static List<String> entries() {
		return widget().findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
	}

	private static void assertDisabled(String label) {
		assertThat(widget().findElements(By.linkText(label))).isEmpty();
		WebElement entry = widget().findElement(By.xpath(".//li[normalize-space(.)='" + label + "']/*"));
		assertThat(entry.getTagName()).isNotEqualTo("a");
		assertThat(entry.getDomAttribute("aria-disabled")).isEqualTo("true");
	}

	private static void click(String label, String expectedQuery) {
		String before = browser.getCurrentUrl();
		widget().findElement(By.linkText(label)).click();
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.and(ExpectedConditions.not(ExpectedConditions.urlToBe(before)),
					ExpectedConditions.urlContains(expectedQuery)));
	}

	private static String currentPage() {
		return widget().findElement(By.cssSelector("[aria-current='page']")).getText();
	}

	private static List<String> usernames() {
		return browser.findElements(By.cssSelector("ul.users li a")).stream().map(WebElement::getText).toList();
	}

	private static List<String> usernames(int from, int to) {
		return IntStream.range(from, to).mapToObj(PageWidgetBrowserTests::username).toList();
	}

	private static String username(int n) {
		return String.format("user-%03d", n);
	}

	/**
	 * Skips the tests, with the packages to install, where the browser is missing and not
	 * required; where it is required they run, and fail.
	 */
	static class BrowserInstalled implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (browserInstalled() || browserRequired()) {
				return ConditionEvaluationResult.enabled("Chromium is installed, or required");
			}
			return ConditionEvaluationResult.disabled(NO_BROWSER);
		}

	}

}
