/**
 * Web integration: the request-scoped session and 404 responses.
 */
@NullMarked
package dev.alchemy.web;

import org.jspecify.annotations.NullMarked;
