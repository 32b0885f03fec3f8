package dev.alchemy.engine;

import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Builds the one datasource-proxy of an engine. Kept apart from {@link EngineConfigurer}
 * so that datasource-proxy is loaded only when an engine is wrapped.
 */
final class EngineProxies {

	private EngineProxies() {
	}

	static DataSource wrap(DataSource dataSource, String bindKey, boolean echo,
			List<ProxyDataSourceBuilderCustomizer> customizers) {
		ProxyDataSourceBuilder builder = ProxyDataSourceBuilder.create(bindKey, dataSource);
		if (echo) {
			builder.listener(new StatementEcho(bindKey));
		}
		for (ProxyDataSourceBuilderCustomizer customizer : customizers) {
			customizer.customize(bindKey, builder);
		}
		return builder.build();
	}

}
