package dev.alchemy.bind;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.alchemy.bind.placement.Placed;
import dev.alchemy.bind.placement.tagged.InTaggedPackage;
import dev.alchemy.bind.placement.tagged.OwnBindInTaggedPackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link EntityBinds}.
 */
class EntityBindsTests {

	private final EntityBinds binds = new EntityBinds(Map.of());

	@Test
	void classWithoutBindBelongsToTheDefaultBind() {
		assertThat(this.binds.bindOf(Placed.Unmarked.class)).isEqualTo(BindRegistry.DEFAULT);
	}

	@Test
	void bindOnTheClassPutsItThere() {
		assertThat(this.binds.placementOf(Placed.Marked.class))
			.isEqualTo(new EntityBinds.Placement("auth", "@Bind on " + Placed.Marked.class.getName()));
	}

	@Test
	void subclassInheritsItsSuperclassesBind() {
		assertThat(this.binds.placementOf(Placed.SubclassOfMarked.class))
			.isEqualTo(new EntityBinds.Placement("auth", "@Bind on " + Placed.Marked.class.getName()));
	}

	@Test
	void subclassMayNameABindOfItsOwn() {
		assertThat(this.binds.bindOf(Placed.OverridingSubclass.class)).isEqualTo("other");
	}

	@Test
	void bindOnThePackageCoversItsClasses() {
		assertThat(this.binds.placementOf(InTaggedPackage.class)).isEqualTo(
				new EntityBinds.Placement("tagged", "@Bind on package " + InTaggedPackage.class.getPackageName()));
	}

	@Test
	void bindOnTheClassWinsOverItsPackage() {
		assertThat(this.binds.bindOf(OwnBindInTaggedPackage.class)).isEqualTo("own");
	}

	@Test
	void bindOnASuperclassesPackageCoversSubclassesElsewhere() {
		assertThat(this.binds.bindOf(Placed.SubclassOfPackageTagged.class)).isEqualTo("tagged");
	}

	@Test
	void configuredPackagesPlaceUnmarkedClasses() {
		EntityBinds configured = new EntityBinds(Map.of("meta", List.of("dev.alchemy.bind.placement")));
		assertThat(configured.placementOf(Placed.Unmarked.class)).isEqualTo(new EntityBinds.Placement("meta",
				"sqlalchemy.binds.meta.packages=dev.alchemy.bind.placement"));
	}

	@Test
	void annotationsWinOverConfiguredPackages() {
		EntityBinds configured = new EntityBinds(Map.of("meta", List.of("dev.alchemy.bind.placement")));
		assertThat(configured.bindOf(Placed.Marked.class)).isEqualTo("auth");
		assertThat(configured.bindOf(InTaggedPackage.class)).isEqualTo("tagged");
	}

	@Test
	void theMostSpecificConfiguredPackageWins() {
		EntityBinds configured = new EntityBinds(
				Map.of("outer", List.of("dev.alchemy"), "inner", List.of("dev.alchemy.bind.placement")));
		assertThat(configured.bindOf(Placed.Unmarked.class)).isEqualTo("inner");
	}

	@Test
	void configuredPackageDoesNotMatchAPackageThatMerelySharesItsPrefix() {
		EntityBinds configured = new EntityBinds(Map.of("meta", List.of("dev.alchemy.bind.place")));
		assertThat(configured.bindOf(Placed.Unmarked.class)).isEqualTo(BindRegistry.DEFAULT);
	}

	@Test
	void groupingSplitsClassesByBind() {
		Map<String, List<Class<?>>> grouped = this.binds.group(
				List.of(Placed.Unmarked.class, Placed.Marked.class, Placed.SubclassOfMarked.class),
				Set.of(BindRegistry.DEFAULT, "auth"));
		assertThat(grouped).containsEntry(BindRegistry.DEFAULT, List.of(Placed.Unmarked.class))
			.containsEntry("auth", List.of(Placed.Marked.class, Placed.SubclassOfMarked.class));
	}

	@Test
	void groupingFailsForABindThatIsNotConfigured() {
		assertThatExceptionOfType(UnknownBindException.class)
			.isThrownBy(() -> this.binds.group(List.of(Placed.Marked.class), Set.of(BindRegistry.DEFAULT)))
			.withMessage("Entity " + Placed.Marked.class.getName()
					+ " belongs to bind 'auth', which is not configured (@Bind on " + Placed.Marked.class.getName()
					+ "); configured binds: [default]")
			.satisfies((ex) -> assertThat(ex.getBindKey()).isEqualTo("auth"));
	}

	@Test
	void groupingFailsForDefaultEntitiesWhenThereIsNoDefaultDatabase() {
		assertThatExceptionOfType(UnknownBindException.class)
			.isThrownBy(() -> this.binds.group(List.of(Placed.Unmarked.class), Set.of("auth")))
			.withMessageContaining("belongs to the default database, which is not configured");
	}

}
