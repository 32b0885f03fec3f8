package dev.alchemy.bind.placement;

import dev.alchemy.Bind;
import dev.alchemy.bind.placement.tagged.InTaggedPackage;

/**
 * Classes placed in binds every way there is.
 */
public final class Placed {

	private Placed() {
	}

	public static class Unmarked {

	}

	@Bind("auth")
	public static class Marked {

	}

	public static class SubclassOfMarked extends Marked {

	}

	@Bind("other")
	public static class OverridingSubclass extends Marked {

	}

	public static class SubclassOfPackageTagged extends InTaggedPackage {

	}

}
