package dev.alchemy.web;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import dev.alchemy.pagination.PageOptions;
import dev.alchemy.pagination.PageRequest;
import dev.alchemy.pagination.Paginator;

/**
 * Lets a controller method take the requested page as a {@link PageRequest} parameter,
 * read from the {@code page} and {@code per_page} request parameters with
 * Flask-SQLAlchemy's rules: an invalid value is a 404, a large size is capped.
 * <pre class="code">
 * &#64;GetMapping("/users")
 * Pagination&lt;User&gt; users(PageRequest page) {
 *     return db.paginate(query, PageOptions.of(page));
 * }
 * </pre>
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class PageRequestArgumentResolver implements HandlerMethodArgumentResolver {

	private final Paginator paginator;

	/**
	 * Create a resolver.
	 * @param paginator reads the page with the application's defaults and parameter names,
	 * as {@code db.paginate(...)} does
	 */
	public PageRequestArgumentResolver(Paginator paginator) {
		this.paginator = paginator;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return PageRequest.class.equals(parameter.getParameterType());
	}

	@Override
	public PageRequest resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		return this.paginator.request(webRequest::getParameter, PageOptions.fromRequest());
	}

}
