/**
 * The entities of the {@code auth} bind: every entity of this package lives in the
 * database of {@code sqlalchemy.binds.auth}, without an annotation on each class.
 */
@Bind("auth")
@NullMarked
package dev.alchemy.samples.binds.auth;

import org.jspecify.annotations.NullMarked;

import dev.alchemy.Bind;
