/**
 * Modification events: the entities inserted, updated and deleted by a unit of work,
 * published before and after it commits.
 */
@NullMarked
package dev.alchemy.trackmodifications;

import org.jspecify.annotations.NullMarked;
