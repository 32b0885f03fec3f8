package dev.alchemy.autoconfigure;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.DispatcherServlet;

import dev.alchemy.bind.BindRegistry;
import dev.alchemy.pagination.Paginator;
import dev.alchemy.web.DatabaseUnavailableExceptionHandler;
import dev.alchemy.web.NotFoundExceptionHandler;
import dev.alchemy.web.PageLinks;
import dev.alchemy.web.PageRequestArgumentResolver;
import dev.alchemy.web.SessionScopeFilter;

/**
 * Auto-configuration of Alchemy for Spring MVC: a session scope per request, 404
 * responses for the {@code ...Or404} helpers, and 503 responses when the database cannot
 * be reached.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@AutoConfiguration(after = AlchemyJpaAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnBooleanProperty(name = "sqlalchemy.enabled", matchIfMissing = true)
public final class AlchemyWebAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(BindRegistry.class)
	SessionScopeFilter alchemySessionScopeFilter(BindRegistry binds) {
		return new SessionScopeFilter(binds);
	}

	@Bean
	@ConditionalOnMissingBean
	NotFoundExceptionHandler alchemyNotFoundExceptionHandler() {
		return new NotFoundExceptionHandler();
	}

	@Bean
	@ConditionalOnMissingBean
	DatabaseUnavailableExceptionHandler alchemyDatabaseUnavailableExceptionHandler() {
		return new DatabaseUnavailableExceptionHandler();
	}

	/**
	 * Links of the page widget ({@code templates/alchemy/pagination.html}).
	 */
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(Paginator.class)
	PageLinks alchemyPageLinks(Paginator paginator) {
		return new PageLinks(paginator.pageParameter());
	}

	@Bean
	@ConditionalOnBean(Paginator.class)
	WebMvcConfigurer alchemyPageRequestArgumentResolverConfigurer(Paginator paginator) {
		PageRequestArgumentResolver resolver = new PageRequestArgumentResolver(paginator);
		return new WebMvcConfigurer() {

			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(resolver);
			}

		};
	}

}
