package dev.alchemy.engine;

/**
 * Callback that adjusts the options of an engine before they are applied to its pool.
 * Customizers run in {@link org.springframework.core.annotation.Order @Order} order, after
 * the driver defaults and before {@code sqlalchemy.engine-options} and a bind's own
 * options, so configuration always has the last word.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@FunctionalInterface
public interface EngineOptionsCustomizer {

	/**
	 * Customize the options of one engine.
	 * @param bindKey the bind the engine serves ({@code "default"} for the default bind)
	 * @param options the options to change in place
	 */
	void customize(String bindKey, EngineOptions options);

}
