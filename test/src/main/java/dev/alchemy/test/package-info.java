/**
 * Testing Alchemy applications: the {@link dev.alchemy.test.AlchemyTest @AlchemyTest}
 * slice, test databases that need no set-up (provisioned by
 * {@link dev.alchemy.test.databases.TestDatabases}) and Testcontainers connections per
 * bind.
 */
@NullMarked
package dev.alchemy.test;

import org.jspecify.annotations.NullMarked;
