/**
 * Web integration: the request-scoped session, 404 responses, and 503 responses when the
 * database cannot be reached.
 */
@NullMarked
package dev.alchemy.web;

import org.jspecify.annotations.NullMarked;
