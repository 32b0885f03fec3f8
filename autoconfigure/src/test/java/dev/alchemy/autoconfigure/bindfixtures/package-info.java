/**
 * An application on three databases: the default one and the binds {@code auth} and
 * {@code meta}.
 */
@NullMarked
package dev.alchemy.autoconfigure.bindfixtures;

import org.jspecify.annotations.NullMarked;
