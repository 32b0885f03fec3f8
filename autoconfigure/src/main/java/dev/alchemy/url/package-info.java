/**
 * SQLAlchemy database URLs: parsing, password masking and translation to JDBC URLs.
 */
@NullMarked
package dev.alchemy.url;

import org.jspecify.annotations.NullMarked;
