package dev.alchemy.trackmodifications;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.springframework.context.event.EventListener;

/**
 * Records the modification events an application publishes, in order, and runs the
 * hooks a test sets inside the listeners.
 */
public class RecordedModificationEvents {

	private final List<Object> events = new CopyOnWriteArrayList<>();

	private volatile Consumer<BeforeModelsCommittedEvent> beforeHook = (event) -> {
	};

	private volatile Consumer<ModelsCommittedEvent> afterHook = (event) -> {
	};

	@EventListener
	void before(BeforeModelsCommittedEvent event) {
		this.events.add(event);
		this.beforeHook.accept(event);
	}

	@EventListener
	void after(ModelsCommittedEvent event) {
		this.events.add(event);
		this.afterHook.accept(event);
	}

	/**
	 * Forget the events and hooks of earlier tests.
	 */
	public void reset() {
		this.events.clear();
		this.beforeHook = (event) -> {
		};
		this.afterHook = (event) -> {
		};
	}

	public void onBefore(Consumer<BeforeModelsCommittedEvent> hook) {
		this.beforeHook = hook;
	}

	public void onAfter(Consumer<ModelsCommittedEvent> hook) {
		this.afterHook = hook;
	}

	/**
	 * Return every event so far, in the order they were published.
	 * @return the events
	 */
	public List<Object> all() {
		return List.copyOf(this.events);
	}

	public List<BeforeModelsCommittedEvent> before() {
		return this.events.stream()
			.filter(BeforeModelsCommittedEvent.class::isInstance)
			.map(BeforeModelsCommittedEvent.class::cast)
			.toList();
	}

	public List<ModelsCommittedEvent> after() {
		return this.events.stream()
			.filter(ModelsCommittedEvent.class::isInstance)
			.map(ModelsCommittedEvent.class::cast)
			.toList();
	}

}
