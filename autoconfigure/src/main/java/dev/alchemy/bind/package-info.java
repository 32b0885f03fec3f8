/**
 * Binds: the databases of an application, each with its pool, entity manager factory and
 * transaction manager, and the routing of entities to them.
 */
@NullMarked
package dev.alchemy.bind;

import org.jspecify.annotations.NullMarked;
