package dev.alchemy.web;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import dev.alchemy.pagination.PageDefaults;
import dev.alchemy.pagination.PageRequest;

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

	private final PageDefaults defaults;

	private final String pageParameter;

	private final String perPageParameter;

	/**
	 * Create a resolver.
	 * @param defaults the default and largest page size
	 * @param pageParameter the request parameter that holds the page number
	 * @param perPageParameter the request parameter that holds the page size
	 */
	public PageRequestArgumentResolver(PageDefaults defaults, String pageParameter, String perPageParameter) {
		this.defaults = defaults;
		this.pageParameter = pageParameter;
		this.perPageParameter = perPageParameter;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return PageRequest.class.equals(parameter.getParameterType());
	}

	@Override
	public PageRequest resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		return PageRequest.resolve(webRequest.getParameter(this.pageParameter),
				webRequest.getParameter(this.perPageParameter), this.defaults, true);
	}

}
