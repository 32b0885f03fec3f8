package dev.alchemy.test;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Conventions;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import org.springframework.test.context.transaction.TransactionalTestExecutionListener;
import org.springframework.util.ClassUtils;

import dev.alchemy.bind.BindRegistry;
import dev.alchemy.session.SessionScope;

/**
 * Opens a session scope around each test method, so that {@code db.session()} works in
 * tests as it does in a web request. The scope opens before the test's transaction
 * begins and closes after it ends, so the session works inside that transaction (its
 * writes roll back with the test's) and, where there is none, on entity managers of its
 * own that the scope closes.
 * <p>
 * Applies to every test whose application context has Alchemy's session, except tests of
 * a web application context that are not {@link AlchemyTest @AlchemyTest}s: there each
 * request (through MockMvc, say) opens its own scope, as in production, and a scope held
 * open by the test would make requests share one unit of work. Such a test opens a scope
 * itself with {@code db.openScope()} where it needs one.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class SessionScopeTestExecutionListener extends AbstractTestExecutionListener {

	/**
	 * Before {@link TransactionalTestExecutionListener} (4000), so that the scope outlives
	 * the test's transaction.
	 */
	public static final int ORDER = 3900;

	private static final String SCOPE = Conventions.getQualifiedAttributeName(SessionScopeTestExecutionListener.class,
			"scope");

	private static final String WEB_APPLICATION_CONTEXT = "org.springframework.web.context.WebApplicationContext";

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (SessionScope.isOpen() || !testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		if (isWeb(context) && !TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), AlchemyTest.class)) {
			return;
		}
		BindRegistry binds = context.getBeanProvider(BindRegistry.class).getIfUnique();
		if (binds != null) {
			testContext.setAttribute(SCOPE, SessionScope.open(binds));
		}
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (testContext.removeAttribute(SCOPE) instanceof SessionScope scope) {
			scope.close();
		}
	}

	private static boolean isWeb(ApplicationContext context) {
		if (!ClassUtils.isPresent(WEB_APPLICATION_CONTEXT, context.getClassLoader())) {
			return false;
		}
		return ClassUtils.resolveClassName(WEB_APPLICATION_CONTEXT, context.getClassLoader()).isInstance(context);
	}

}
