package dev.alchemy.recordqueries;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ApplicationFrames}.
 */
class ApplicationFramesTests {

	@Test
	void withoutApplicationPackagesTheFirstFrameOutsideLibrariesAndAlchemyIsTheLocation() {
		StackTraceElement location = new ApplicationFrames(List.of()).find();
		assertThat(location.getClassName()).isEqualTo(ApplicationFramesTests.class.getName());
		assertThat(location.getMethodName())
			.isEqualTo("withoutApplicationPackagesTheFirstFrameOutsideLibrariesAndAlchemyIsTheLocation");
	}

	@Test
	void aFrameInAnApplicationPackageWinsOverOuterCode() {
		ApplicationFrames frames = new ApplicationFrames(List.of("dev.alchemy.recordqueries.application"));
		Supplier<StackTraceElement> fromApplication = new dev.alchemy.recordqueries.application.Caller(frames::find);
		assertThat(fromApplication.get().getClassName())
			.isEqualTo("dev.alchemy.recordqueries.application.Caller");
	}

	@Test
	void alchemysOwnClassesAreNotTheApplication() {
		ApplicationFrames frames = new ApplicationFrames(List.of("dev.alchemy"));
		assertThat(frames.find().getClassName()).isEqualTo(ApplicationFramesTests.class.getName());
	}

}
