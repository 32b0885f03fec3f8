package dev.alchemy.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Links to other pages of the current request, for the page widget: the same path and
 * query parameters, with the page number replaced. Available to templates as
 * {@code @alchemyPageLinks}.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class PageLinks {

	private final String pageParameter;

	/**
	 * Create the links.
	 * @param pageParameter the request parameter that holds the page number
	 */
	public PageLinks(String pageParameter) {
		this.pageParameter = pageParameter;
	}

	/**
	 * Return the link to a page of the current request: its path, the page number first,
	 * then every other query parameter as it came, encoded.
	 * @param page the 1-based page number
	 * @return the link, relative to the server
	 */
	public String url(int page) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		StringJoiner query = new StringJoiner("&", "?", "");
		query.add(encode(this.pageParameter) + "=" + page);
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (!parameter.getKey().equals(this.pageParameter)) {
				for (String value : parameter.getValue()) {
					query.add(encode(parameter.getKey()) + "=" + encode(value));
				}
			}
		}
		return request.getRequestURI() + query;
	}

	private static String encode(String text) {
		return UriUtils.encodeQueryParam(text, StandardCharsets.UTF_8);
	}

}
