/**
 * Pagination that a page widget can use.
 */
@NullMarked
package dev.alchemy.pagination;

import org.jspecify.annotations.NullMarked;
