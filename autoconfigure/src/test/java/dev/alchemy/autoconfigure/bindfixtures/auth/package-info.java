/**
 * Entities of the {@code auth} bind, by their package.
 */
@Bind("auth")
@NullMarked
package dev.alchemy.autoconfigure.bindfixtures.auth;

import org.jspecify.annotations.NullMarked;

import dev.alchemy.Bind;
