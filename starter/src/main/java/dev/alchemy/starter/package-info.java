/**
 * The Alchemy starter holds no code: it brings in the auto-configuration and what it needs.
 * Its companion for tests is {@code dev.alchemy:alchemy-spring-boot-test} (test scope):
 * {@code @AlchemyTest} and test databases that need no set-up.
 */
package dev.alchemy.starter;
