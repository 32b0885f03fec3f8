/**
 * The Alchemy starter holds no code: it brings in the auto-configuration and what it needs.
 */
package dev.alchemy.starter;
