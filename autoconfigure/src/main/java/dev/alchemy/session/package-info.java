/**
 * The session: one unit of work per request or explicit scope, across binds.
 */
@NullMarked
package dev.alchemy.session;

import org.jspecify.annotations.NullMarked;
