package org.sahelkg.model;

import java.util.List;
import java.util.Map;

/** What every named resource has: an id, labels by language, aliases, a description. */
public interface EntityRecord {
    String id();

    Map<String, String> label();

    List<AliasRecord> aliases();

    Map<String, String> description();

    String wikidata();

    /** Quotes where a source names the resource; a quote whose text is not a label or alias is a mention under another name. */
    List<EvidenceRecord> mentions();

    String note();
}
