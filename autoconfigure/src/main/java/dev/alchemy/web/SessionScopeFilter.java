package dev.alchemy.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.alchemy.bind.BindRegistry;
import dev.alchemy.session.SessionScope;

/**
 * Opens a session scope for each request and closes it when the response is done, so
 * that {@code db.session()} is the request's unit of work and what it did not commit is
 * discarded. Opening a scope costs nothing until the session is used.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class SessionScopeFilter extends OncePerRequestFilter implements OrderedFilter {

	/**
	 * Order of the filter: before Spring Security's filter chain (-100), so that security
	 * code can use the session too.
	 */
	public static final int DEFAULT_ORDER = -105;

	private final BindRegistry binds;

	private int order = DEFAULT_ORDER;

	/**
	 * Create a filter.
	 * @param binds the binds the request's session works on
	 */
	public SessionScopeFilter(BindRegistry binds) {
		this.binds = binds;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// The path only: a query string may carry personal data into log lines.
		try (SessionScope scope = SessionScope.open(this.binds, request.getMethod() + " " + request.getRequestURI())) {
			chain.doFilter(request, response);
		}
	}

	@Override
	public int getOrder() {
		return this.order;
	}

	public void setOrder(int order) {
		this.order = order;
	}

}
