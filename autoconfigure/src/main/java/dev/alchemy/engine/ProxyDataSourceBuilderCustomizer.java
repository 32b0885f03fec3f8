package dev.alchemy.engine;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Callback that adds listeners to the datasource-proxy wrapped around an engine. Each bean
 * of this type makes Alchemy wrap every engine (the default database and every bind) in
 * one datasource-proxy, shared with statement echo, and lets the bean add its listeners to
 * it. Without such beans and without echo, engines are not wrapped at all. Query recording
 * ({@code sqlalchemy.record-queries}) is one of these customizers.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProxyDataSourceBuilderCustomizer {

	/**
	 * Customize the proxy of one engine.
	 * @param bindKey the bind the engine serves ({@code "default"} for the default bind)
	 * @param builder the builder of the proxy
	 */
	void customize(String bindKey, ProxyDataSourceBuilder builder);

}
