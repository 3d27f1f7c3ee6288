/**
 * The curated JSON, as immutable Jackson records. Unknown fields are rejected: a typo in a curated file
 * must fail the load, never vanish silently.
 */
package org.sahelkg.model;
