/**
 * The Flask-SQLAlchemy quickstart with Alchemy: a {@code User} model, a JSON API and
 * HTML pages.
 */
@NullMarked
package dev.alchemy.samples.quickstart;

import org.jspecify.annotations.NullMarked;
