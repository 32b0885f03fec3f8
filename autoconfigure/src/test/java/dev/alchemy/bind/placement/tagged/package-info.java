/**
 * Classes put in bind {@code tagged} by their package.
 */
@Bind("tagged")
package dev.alchemy.bind.placement.tagged;

import dev.alchemy.Bind;
