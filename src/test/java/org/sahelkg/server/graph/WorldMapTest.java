package org.sahelkg.server.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorldMapTest {
    /** Two squares sharing an arc, quantised and delta-encoded as TopoJSON writes them. */
    static final String TOPOLOGY = """
            {"type": "Topology",
             "transform": {"scale": [0.5, 0.5], "translate": [-10, 10]},
             "arcs": [[[0, 0], [0, 4]], [[0, 4], [4, 0], [0, -4], [-4, 0]], [[0, 0], [-4, 0], [0, 4], [4, 0]]],
             "objects": {"countries": {"type": "GeometryCollection", "geometries": [
               {"type": "Polygon", "id": "001", "properties": {"name": "East"}, "arcs": [[0, 1]]},
               {"type": "MultiPolygon", "id": "002", "properties": {"name": "West"}, "arcs": [[[2, -1]]]}
             ]}}}
            """;

    @Test
    void decodesDeltaEncodedArcsAndReversedArcs() throws Exception {
        WorldMap map = WorldMap.parse(new ObjectMapper().readTree(TOPOLOGY));
        WorldMap.Frame frame = new WorldMap.Frame(-20, 0, 0, 20, 200);
        Map<String, WorldMap.Country> byName = map.countries(frame).stream()
                .collect(Collectors.toMap(WorldMap.Country::name, Function.identity()));
        // East: (-10,10) (-10,12) (-8,12) (-8,10) (-10,10); x = (lon+20)*10, y = (20-lat)*10
        assertEquals("M100.0,100.0L100.0,80.0L120.0,80.0L120.0,100.0L100.0,100.0Z", byName.get("East").path());
        // West: arc 2 then arc 0 reversed: (-10,10) (-12,10) (-12,12) (-10,12) (-10,10)
        assertEquals("M100.0,100.0L80.0,100.0L80.0,80.0L100.0,80.0L100.0,100.0Z", byName.get("West").path());
        assertEquals("002", byName.get("West").code());
    }

    @Test
    void keepsOnlyWhatReachesTheFrame() throws Exception {
        WorldMap map = WorldMap.parse(new ObjectMapper().readTree(TOPOLOGY));
        List<WorldMap.Country> none = map.countries(new WorldMap.Frame(50, 50, 60, 60, 100));
        assertTrue(none.isEmpty());
    }

    @Test
    void theBundledOutlinesHoldTheSahel() {
        List<WorldMap.Country> countries = WorldMap.load().countries(new WorldMap.Frame(-18, 3, 26, 38, 960));
        List<String> names = countries.stream().map(WorldMap.Country::name).toList();
        assertTrue(names.containsAll(List.of("Algeria", "Mali", "Niger", "Burkina Faso", "Morocco")), names.toString());
        assertTrue(countries.stream().noneMatch(c -> c.name().equals("Russia")), names.toString());
    }
}
