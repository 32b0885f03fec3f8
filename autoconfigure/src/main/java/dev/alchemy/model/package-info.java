/**
 * Models: how entity classes become tables.
 */
@NullMarked
package dev.alchemy.model;

import org.jspecify.annotations.NullMarked;
