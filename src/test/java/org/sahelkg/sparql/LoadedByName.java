package org.sahelkg.sparql;

import org.apache.jena.sparql.pfunction.library.strSplit;

/**
 * A property function that says when its class is loaded: named by a {@code <java:…>} IRI in a query, it must
 * never be (see {@link SafeSparqlTest}). Referenced by name only, never in code, so that the tests do not load it.
 */
public class LoadedByName extends strSplit {
    static final String LOADED = "sahelkg.test.loadedByName";

    static {
        System.setProperty(LOADED, "true");
    }
}
