package dev.alchemy.bind.placement.tagged;

public class InTaggedPackage {

}
