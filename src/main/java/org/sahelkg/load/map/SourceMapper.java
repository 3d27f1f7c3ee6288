package org.sahelkg.load.map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.sahelkg.model.Edtf;
import org.sahelkg.model.EdtfValue;
import org.sahelkg.model.SourceRecord;
import org.sahelkg.vocab.SCHEMA;
import org.sahelkg.vocab.SKG;
import org.sahelkg.vocab.SPDX;

/**
 * A source's bibliographic record: only what its text shows, each unknown left out and each bound kept a
 * bound (issued not before / not after), with the fingerprint that ties the record to one exact text.
 */
final class SourceMapper implements RecordMapper<SourceRecord> {
    @Override
    public void map(SourceRecord s, Out out) {
        Node r = Nodes.id(s.id());
        out.add(r, RDF.Nodes.type, SKG.C_SOURCE);
        out.add(r, DCTerms.identifier.asNode(), Nodes.string(s.id().substring(s.id().indexOf('/') + 1)));
        out.add(r, SKG.FILE_NAME, Nodes.string(s.file()));
        Node checksum = Nodes.part(r, "checksum");
        out.add(r, SPDX.CHECKSUM, checksum);
        out.add(checksum, RDF.Nodes.type, SPDX.C_CHECKSUM);
        out.add(checksum, SPDX.ALGORITHM, SPDX.CHECKSUM_ALGORITHM_SHA256);
        out.add(checksum, SPDX.CHECKSUM_VALUE, Nodes.string(s.sha256()));
        out.add(r, SKG.CHARACTER_COUNT, Nodes.integer(s.characters()));
        s.label().forEach((tag, text) -> out.add(r, RDFS.Nodes.label, Nodes.lang(text, tag)));
        out.addIf(r, DCTerms.title.asNode(), Nodes.string(s.title()));
        out.addIf(r, DCTerms.publisher.asNode(), Nodes.id(s.publisher()));
        out.add(r, SKG.PUBLISHER_BASIS, Nodes.string(s.publisherBasis()));
        out.addIf(r, DCTerms.creator.asNode(), Nodes.id(s.author()));
        EdtfValue issued = Edtf.parse(s.issued());
        out.addIf(r, DCTerms.issued.asNode(), TimeParts.literal(issued));
        out.addIf(r, SKG.ISSUED_NOT_BEFORE, Nodes.date(issued.earliest()));
        out.addIf(r, SKG.ISSUED_NOT_AFTER, Nodes.date(issued.latest()));
        out.add(r, SKG.DATE_BASIS, Nodes.string(s.dateBasis()));
        out.add(r, DCTerms.language.asNode(), Nodes.string(s.language()));
        out.add(r, SKG.GENRE, Nodes.id(s.genre()));
        out.add(r, SKG.STANCE, Nodes.id(s.stance()));
        out.addEach(r, SKG.CITES_OUTLET, Nodes.ids(s.cites()));
        out.addIf(r, SCHEMA.CREDIT_TEXT, Nodes.string(s.credit()));
        NameParts.note(out, r, s.note());
        EvidenceParts.map(out, r, s.evidence());
        CoverageParts.outOfScope(out, r, s.outOfScope());
    }
}
