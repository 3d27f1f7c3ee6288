package org.sahelkg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * A representative point of a place, WGS84.
 *
 * @param accuracyKm how far the true point may be from this one
 * @param basis      how the point was obtained (the sources give no coordinates)
 */
public record CoordinatesRecord(
        @JsonProperty(required = true) BigDecimal lat,
        @JsonProperty(required = true) BigDecimal lon,
        @JsonProperty(required = true) BigDecimal accuracyKm,
        @JsonProperty(required = true) String basis) {
}
