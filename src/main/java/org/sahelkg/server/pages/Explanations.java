package org.sahelkg.server.pages;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sahelkg.reason.Explainer;
import org.sahelkg.reason.Explanation;
import org.sahelkg.sparql.Deadline;

/**
 * The explanations the {@code /explain} page shows. One costs some 0.4 s of CPU (a few hundred small queries),
 * and four connections asking for them kept both cores busy: so at most {@link #AT_ONCE} are computed at once
 * (one more waits {@link #WAIT_MILLIS} ms for a place, then the page answers 503), each within the page's
 * deadline, and the last {@link #KEPT} are kept, since the graph does not change while the server runs.
 */
public final class Explanations {
    /** Explanations computed at once: half the cores, so that queries and other pages keep the rest. */
    static final int AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    /** How long a request waits for a place before the 503. */
    static final long WAIT_MILLIS = 250;
    /** Explanations kept, the least recently asked for dropped first. */
    static final int KEPT = 512;

    private final DatasetGraph dataset;
    private final Semaphore places = new Semaphore(AT_ONCE);
    private final Map<String, Explanation> kept = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Explanation> eldest) {
            return size() > KEPT;
        }
    });

    Explanations(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /**
     * The explanation of {@code iri} (the caller holds the read transaction), kept or computed within
     * {@code deadline}; empty when every place stayed taken: the server is explaining as much as it may.
     */
    public Optional<Explanation> of(String iri, Deadline deadline) {
        Explanation known = kept.get(iri);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            if (!places.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            Explanation e = new Explainer(dataset, deadline).explanation(iri);
            kept.put(iri, e);
            return Optional.of(e);
        } finally {
            places.release();
        }
    }
}
