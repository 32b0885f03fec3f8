package dev.alchemy.bind.placement.tagged;

import dev.alchemy.Bind;

@Bind("own")
public class OwnBindInTaggedPackage {

}
