package org.sahelkg.load.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.langtagx.LangTagX;
import org.sahelkg.iri.Iris;
import org.sahelkg.load.Codes;
import org.sahelkg.load.Problem;
import org.sahelkg.load.json.DeclaredId;
import org.sahelkg.load.json.JsonFile;
import org.sahelkg.load.json.Pointers;
import org.sahelkg.load.json.RecordKind;
import org.sahelkg.load.json.Show;
import org.sahelkg.model.CoordinatesRecord;
import org.sahelkg.model.Edtf;
import org.sahelkg.model.EdtfException;
import org.sahelkg.model.EdtfValue;
import org.sahelkg.model.EventRecord;
import org.sahelkg.model.EvidenceRecord;
import org.sahelkg.model.NoFactRecord;
import org.sahelkg.model.OutOfScopeRecord;
import org.sahelkg.model.Policy;
import org.sahelkg.model.QualifierRecord;
import org.sahelkg.model.QuantityRecord;
import org.sahelkg.model.SourceRecord;

/**
 * The checks of single fields, each reporting at the field's JSON pointer what was expected and what was
 * found. Record rules ({@link RecordChecks}) are made of these.
 */
final class Checker {
    private static final Pattern WIKIDATA = Pattern.compile(Policy.WIKIDATA);
    private static final Pattern INTENT = Pattern.compile(Policy.INTENT, Pattern.CASE_INSENSITIVE);
    private static final Pattern CALENDAR_DATE = Pattern.compile(Policy.CALENDAR_DATE);
    private static final Pattern RELATIVE_DATE = Pattern.compile(Policy.RELATIVE_DATE);

    private final Registry registry;
    private final Texts texts;
    private final List<Problem> problems;
    /** Span of each quote IRI seen so far, so two quotes of one span cannot disagree. */
    private final Map<String, Quoted> quotes = new HashMap<>();
    /** The code points of each source that some quote covers, by source id, in the order first quoted. */
    private final Map<String, BitSet> covered = new LinkedHashMap<>();
    /** The span of each quote IRI, by source id, for the sentence coverage. */
    private final Map<String, Map<String, int[]>> quoted = new HashMap<>();
    /** The source records whose texts were read, with where they are, for the sentence coverage. */
    private final List<Scoped> scoped = new ArrayList<>();
    /** The sentences of each source text read so far, by source id. */
    private final Map<String, List<Sentences.Span>> sentencesOf = new HashMap<>();
    private JsonFile file;

    private record Scoped(SourceRecord source, Texts.Text text, JsonFile file, String pointer) {
    }

    private record Quoted(String text, JsonFile file, String pointer) {
    }

    Checker(Registry registry, Texts texts, List<Problem> problems) {
        this.registry = registry;
        this.texts = texts;
        this.problems = problems;
    }

    /** Sets the file whose records are checked next. */
    void in(JsonFile file) {
        this.file = file;
    }

    void problem(String pointer, String message) {
        problems.add(file.problem(pointer, message));
    }

    /** A record's own id: well-formed and of the record's kind. */
    void ownId(String pointer, String id, String kind) {
        id(pointer, id, kind);
    }

    /** An id that must name something that exists: a record or an ontology resource. */
    void ref(String pointer, String id, String... kinds) {
        if (id == null || !id(pointer, id, kinds)) {
            return;
        }
        if (registry.complete() && !registry.exists(id)) {
            problem(pointer, "dangling reference " + Show.quoted(id) + ": no record or ontology resource has this id");
        }
    }

    void refs(String pointer, List<String> ids, String... kinds) {
        if (ids == null) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            ref(Pointers.index(pointer, i), ids.get(i), kinds);
        }
    }

    /** True when {@code id} is a well-formed id of one of {@code kinds} (any kind when none is given). */
    private boolean id(String pointer, String id, String... kinds) {
        if (id != null && id.length() > Policy.MAX_ID) {
            problem(pointer, "expected an id of at most " + Policy.MAX_ID + " characters, found one of " + id.length());
            return false;
        }
        if (!Iris.isId(id)) {
            String example = kinds.length > 0 ? kinds[0] + "/some-name" : "event/some-name";
            problem(pointer, "expected an id such as " + example
                    + " (a known kind, a slash, then lower-case words joined by hyphens), found " + Show.quoted(id));
            return false;
        }
        if (kinds.length > 0 && !Arrays.asList(kinds).contains(Iris.kindOf(id))) {
            problem(pointer, "expected an id starting with " + Arrays.stream(kinds).map(k -> "\"" + k + "/\"")
                    .collect(Collectors.joining(" or ")) + ", found " + Show.quoted(id));
            return false;
        }
        return true;
    }

    /** A list that must hold at least one entry. */
    void nonEmpty(String pointer, Collection<?> list, String what) {
        if (list != null && list.isEmpty()) {
            problem(pointer, "expected at least one " + what + ", found none");
        }
    }

    /** One of a closed list of values. */
    void oneOf(String pointer, String value, Collection<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            problem(pointer, "expected one of " + String.join(", ", allowed) + ", found " + Show.quoted(value));
        }
    }

    /** Language tag to text, each tag a BCP 47 tag in its usual form, each text clean; some tags required. */
    void langMap(String pointer, Map<String, String> map, String... required) {
        if (map == null) {
            return;
        }
        map.forEach((tag, text) -> {
            String at = Pointers.field(pointer, tag);
            if (langTag(at, tag)) {
                text(at, text);
            }
        });
        List<String> missing = Arrays.stream(required).filter(tag -> !map.containsKey(tag))
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            problem(pointer, "expected text in " + String.join(" and ", required) + ", found "
                    + (map.isEmpty() ? "none" : "text in " + String.join(", ", map.keySet()) + " only"));
        }
    }

    /** A BCP 47 language tag written as Jena writes it ({@code en}, {@code fr}, {@code ar-Latn}). */
    boolean langTag(String pointer, String tag) {
        if (tag == null) {
            return false;
        }
        // BCP 47's grammar allows 5 to 8 letter language subtags, but none is registered: "english" is a typo.
        int primary = tag.indexOf('-') < 0 ? tag.length() : tag.indexOf('-');
        if (!LangTagX.checkLanguageTag(tag) || primary > 3) {
            problem(pointer, "expected a BCP 47 language tag such as en, fr or ar, found " + Show.quoted(tag));
            return false;
        }
        String usual = LangTagX.formatLanguageTag(tag);
        if (!usual.equals(tag)) {
            problem(pointer, "expected the language tag in its usual form " + Show.quoted(usual) + ", found "
                    + Show.quoted(tag));
            return false;
        }
        return true;
    }

    /** Human text: not blank, no control and no bidirectional control characters. */
    void text(String pointer, String text) {
        if (text == null) {
            return;
        }
        if (text.isBlank()) {
            problem(pointer, "expected some text, found " + Show.quoted(text));
            return;
        }
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c <= 0x1F || (c >= 0x7F && c <= 0x9F)) {
                problem(pointer, "expected text without control characters, found " + Show.codePoint(c)
                        + " at character " + (i + 1));
                return;
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                problem(pointer, "expected text without bidirectional control characters, found "
                        + Show.codePoint(c) + " at character " + (i + 1));
                return;
            }
        }
    }

    void wikidata(String pointer, String qid) {
        if (qid != null && !WIKIDATA.matcher(qid).matches()) {
            problem(pointer, "expected a Wikidata item id such as Q912, found " + Show.quoted(qid));
        }
    }

    /** An EDTF value; returns it parsed, or null when absent or wrong. */
    EdtfValue date(String pointer, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Edtf.parse(value);
        } catch (EdtfException e) {
            problem(pointer, e.getMessage());
            return null;
        }
    }

    void quantity(String pointer, QuantityRecord q) {
        if (q == null) {
            return;
        }
        oneOf(Pointers.field(pointer, "unit"), q.unit(), Codes.UNIT_CODES.keySet());
        oneOf(Pointers.field(pointer, "comparator"), q.comparator(), Codes.COMPARATORS.keySet());
        text(Pointers.field(pointer, "note"), q.note());
    }

    void coordinates(String pointer, CoordinatesRecord c) {
        if (c == null) {
            return;
        }
        range(Pointers.field(pointer, "lat"), c.lat(), -90, 90);
        range(Pointers.field(pointer, "lon"), c.lon(), -180, 180);
        if (c.accuracyKm().signum() <= 0) {
            problem(Pointers.field(pointer, "accuracyKm"), "expected a distance in km greater than 0, found "
                    + c.accuracyKm().toPlainString());
        }
        text(Pointers.field(pointer, "basis"), c.basis());
    }

    private void range(String pointer, BigDecimal value, int min, int max) {
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(pointer, "expected degrees from " + min + " to " + max + ", found " + value.toPlainString());
        }
    }

    /** A property CURIE with an allowed prefix, declared as a property by the ontology. */
    void property(String pointer, String curie) {
        if (!Curies.isCurie(curie)) {
            problem(pointer, "expected a property such as skg:territory (prefix:name), found " + Show.quoted(curie));
            return;
        }
        String iri = Curies.expand(curie);
        if (iri == null) {
            problem(pointer, "expected a property with one of the prefixes "
                    + String.join(", ", Curies.PREFIXES.keySet())
                    + ", found the unknown prefix " + Show.quoted(Curies.prefix(curie)));
        } else if (registry.complete() && !registry.declaresProperty(iri)) {
            problem(pointer, "expected a property declared in the ontology (as owl:ObjectProperty, "
                    + "owl:DatatypeProperty, owl:AnnotationProperty or rdf:Property), found " + Show.quoted(curie)
                    + ", which is not");
        }
    }

    /** The value of a claim, relation or qualifier: exactly one of object, quantity, date, text. */
    void value(String pointer, String object, QuantityRecord quantity, String date, Map<String, String> text) {
        List<String> given = new ArrayList<>();
        if (object != null) {
            given.add("object");
        }
        if (quantity != null) {
            given.add("quantity");
        }
        if (date != null) {
            given.add("date");
        }
        if (text != null) {
            given.add("text");
        }
        if (given.size() != 1) {
            problem(pointer, "expected exactly one of object, quantity, date, text, found "
                    + (given.isEmpty() ? "none" : given.size() + ": " + String.join(", ", given)));
        }
        ref(Pointers.field(pointer, "object"), object);
        quantity(Pointers.field(pointer, "quantity"), quantity);
        date(Pointers.field(pointer, "date"), date);
        if (text != null) {
            if (text.size() != 1) {
                problem(Pointers.field(pointer, "text"), "expected exactly one language tag with its text, found "
                        + text.size());
            }
            langMap(Pointers.field(pointer, "text"), text);
        }
    }

    void qualifiers(String pointer, List<QualifierRecord> qualifiers) {
        if (qualifiers == null) {
            return;
        }
        for (int i = 0; i < qualifiers.size(); i++) {
            QualifierRecord q = qualifiers.get(i);
            String at = Pointers.index(pointer, i);
            property(Pointers.field(at, "property"), q.property());
            value(at, q.object(), q.quantity(), q.date(), q.text());
        }
    }

    /** Quotes that support a record; {@code required} when the record needs at least one. */
    void evidence(String pointer, List<EvidenceRecord> evidence, boolean required) {
        if (evidence == null) {
            return;
        }
        if (required) {
            nonEmpty(pointer, evidence, "evidence quote");
        }
        for (int i = 0; i < evidence.size(); i++) {
            evidence(Pointers.index(pointer, i), evidence.get(i));
        }
    }

    private void evidence(String pointer, EvidenceRecord e) {
        String sourcePointer = Pointers.field(pointer, "source");
        boolean sourceOk = id(sourcePointer, e.source(), "source");
        DeclaredId declaration = registry.declaration(e.source());
        if (sourceOk && registry.complete() && (declaration == null || declaration.kind() != RecordKind.SOURCES)) {
            problem(sourcePointer, "dangling reference " + Show.quoted(e.source())
                    + ": no record in seeds/ has this id");
            sourceOk = false;
        }
        String quotePointer = Pointers.field(pointer, "quote");
        String quote = e.quote();
        int length = quote.codePointCount(0, quote.length());
        boolean quoteOk = false;
        if (quote.isEmpty()) {
            problem(quotePointer, "expected a quote, found an empty string");
        } else if (length > Policy.MAX_QUOTE) {
            problem(quotePointer, "expected a quote of at most " + Policy.MAX_QUOTE + " characters, found " + length);
        } else if (isSpace(quote.codePointAt(0)) || isSpace(quote.codePointBefore(quote.length()))) {
            problem(quotePointer, "expected a quote without leading or trailing whitespace, found "
                    + Show.quoted(quote));
        } else {
            quoteOk = true;
        }
        String atPointer = Pointers.field(pointer, "at");
        if (e.at() < 0) {
            problem(atPointer, "expected an offset of 0 or more, found " + e.at());
        } else if (sourceOk && quoteOk) {
            SourceRecord source = registry.source(e.source());
            long end = (long) e.at() + length;
            if (source != null && source.characters() != null && end > source.characters()) {
                problem(atPointer, "expected the quote to end within " + e.source() + " (" + source.characters()
                        + " characters), found it ends at " + end + " (at " + e.at() + " + " + length + " characters)");
            } else {
                sameSpan(pointer, Iris.quote(e.source(), e.at(), (int) end), quote);
                inText(pointer, source, quote, e.at());
                covered.computeIfAbsent(e.source(), s -> new BitSet()).set(e.at(), (int) end);
                quoted.computeIfAbsent(e.source(), s -> new HashMap<>())
                        .put(Iris.quote(e.source(), e.at(), (int) end), new int[] {e.at(), (int) end});
            }
        }
        ref(Pointers.field(pointer, "speaker"), e.speaker());
        ref(Pointers.field(pointer, "via"), e.via());
        text(Pointers.field(pointer, "note"), e.note());
    }

    /**
     * Once every file is checked: the quotes of each source together cover at most {@link Policy#MAX_COVERAGE}
     * of its text, reported at the source record.
     */
    void coverage() {
        if (!registry.complete()) {
            return;
        }
        covered.forEach((id, bits) -> {
            SourceRecord source = registry.source(id);
            if (source == null || source.characters() == null || source.characters() <= 0) {
                return;
            }
            double share = (double) bits.cardinality() / source.characters();
            if (share > Policy.MAX_COVERAGE) {
                DeclaredId at = registry.declaration(id);
                problems.add(at.file().problem(at.pointer(), "expected the quotes of " + id + " to cover at most "
                        + Policy.percent(Policy.MAX_COVERAGE) + " of its " + source.characters()
                        + " characters, found " + bits.cardinality() + " characters quoted ("
                        + Policy.percent(share) + ")"));
            }
        });
    }

    /**
     * The spans a source record marks as not part of the article and its sentences without a fact: offsets within
     * the text, first words found there, a known kind and a reason. Where they fall among the sentences is checked
     * by {@link #sentences()}.
     */
    void scope(String pointer, SourceRecord source) {
        Texts.Text text = texts.text(source.file());
        boolean readable = text != null && text.problem() == null && text.sha256().equals(source.sha256());
        List<OutOfScopeRecord> spans = source.outOfScope() == null ? List.of() : source.outOfScope();
        for (int i = 0; i < spans.size(); i++) {
            OutOfScopeRecord span = spans.get(i);
            String at = Pointers.index(Pointers.field(pointer, "outOfScope"), i);
            begins(at, source, readable ? text : null, span.at(), span.begins());
            if (span.end() <= span.at() || (source.characters() != null && span.end() > source.characters())) {
                problem(Pointers.field(at, "end"), "expected an end after \"at\" (" + span.at() + ") and at most "
                        + source.characters() + " (the text's length), found " + span.end());
            }
            oneOf(Pointers.field(at, "kind"), span.kind(), Policy.OUT_OF_SCOPE_KINDS);
            text(Pointers.field(at, "reason"), span.reason());
        }
        List<NoFactRecord> noFacts = source.noFact() == null ? List.of() : source.noFact();
        for (int i = 0; i < noFacts.size(); i++) {
            NoFactRecord noFact = noFacts.get(i);
            String at = Pointers.index(Pointers.field(pointer, "noFact"), i);
            begins(at, source, readable ? text : null, noFact.at(), noFact.begins());
            text(Pointers.field(at, "reason"), noFact.reason());
        }
        if (readable) {
            scoped.add(new Scoped(source, text, file, pointer));
        }
    }

    private void begins(String pointer, SourceRecord source, Texts.Text text, int at, String begins) {
        int length = begins.codePointCount(0, begins.length());
        if (at < 0 || (source.characters() != null && at >= source.characters())) {
            problem(Pointers.field(pointer, "at"), "expected an offset from 0 to " + source.characters()
                    + " (the text's length), found " + at);
        } else if (begins.isBlank() || length > Policy.MAX_BEGINS) {
            problem(Pointers.field(pointer, "begins"), "expected the first words of the span, 1 to " + Policy.MAX_BEGINS
                    + " characters, found " + length);
        } else if (text != null && !text.has(begins, at)) {
            problem(Pointers.field(pointer, "begins"), "expected " + Show.quoted(begins) + " at offset " + at + " of "
                    + source.id() + ", found " + text.nearest(begins, at).map(n -> "it at offset " + n + " instead")
                    .orElse("it nowhere in that text"));
        }
    }

    /**
     * Once every file is checked: each source text whose record could be checked against it, split into sentences,
     * each sentence cited by the quotes that lie in it, out of scope, without a fact, or uncited. An out-of-scope
     * span or a sentence without a fact must begin where a sentence begins (and a span end where one ends), and a
     * sentence listed without a fact must not be cited.
     */
    List<SourceCoverage> sentences() {
        List<SourceCoverage> all = new ArrayList<>();
        for (Scoped s : scoped) {
            file = s.file();
            all.add(sentences(s));
        }
        return all;
    }

    private SourceCoverage sentences(Scoped scoped) {
        SourceRecord source = scoped.source();
        List<Sentences.Span> spans = Sentences.of(new String(scoped.text().codePoints(), 0, scoped.text().length()));
        Map<Integer, Integer> byStart = new HashMap<>();
        Map<Integer, Integer> byEnd = new HashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            byStart.put(spans.get(i).start(), i);
            byEnd.put(spans.get(i).end(), i);
        }
        String[] reasons = new String[spans.size()];
        SourceCoverage.Status[] status = new SourceCoverage.Status[spans.size()];
        List<OutOfScopeRecord> outs = source.outOfScope() == null ? List.of() : source.outOfScope();
        for (int i = 0; i < outs.size(); i++) {
            OutOfScopeRecord out = outs.get(i);
            String at = Pointers.index(Pointers.field(scoped.pointer(), "outOfScope"), i);
            if (!byStart.containsKey(out.at())) {
                problem(Pointers.field(at, "at"), "expected the offset where a sentence begins, found " + out.at()
                        + ", inside " + around(spans, out.at()));
                continue;
            }
            if (!byEnd.containsKey(out.end()) && out.end() != scoped.text().length()) {
                problem(Pointers.field(at, "end"), "expected the offset where a sentence ends (or the text's length, "
                        + scoped.text().length() + "), found " + out.end() + ", inside " + around(spans, out.end() - 1));
                continue;
            }
            for (int k = byStart.get(out.at()); k < spans.size() && spans.get(k).start() < out.end(); k++) {
                status[k] = SourceCoverage.Status.OUT_OF_SCOPE;
                reasons[k] = out.reason();
            }
        }
        List<List<String>> quotes = new ArrayList<>();
        spans.forEach(x -> quotes.add(new ArrayList<>()));
        List<Map.Entry<String, int[]>> inSource = new ArrayList<>(quoted.getOrDefault(source.id(), Map.of()).entrySet());
        inSource.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Integer.compare(a.getValue()[0], b.getValue()[0])
                : a.getKey().compareTo(b.getKey()));
        for (Map.Entry<String, int[]> q : inSource) {
            for (int k = firstEndingAfter(spans, q.getValue()[0]); k < spans.size()
                    && spans.get(k).start() < q.getValue()[1]; k++) {
                quotes.get(k).add(q.getKey());
            }
        }
        List<NoFactRecord> noFacts = source.noFact() == null ? List.of() : source.noFact();
        for (int i = 0; i < noFacts.size(); i++) {
            NoFactRecord noFact = noFacts.get(i);
            String at = Pointers.index(Pointers.field(scoped.pointer(), "noFact"), i);
            Integer k = byStart.get(noFact.at());
            if (k == null) {
                problem(Pointers.field(at, "at"), "expected the offset where a sentence begins, found " + noFact.at()
                        + ", inside " + around(spans, noFact.at()));
            } else if (status[k] == SourceCoverage.Status.OUT_OF_SCOPE) {
                problem(Pointers.field(at, "at"), "expected a sentence of the article, found one in an out-of-scope "
                        + "span: list it in one or the other");
            } else if (!quotes.get(k).isEmpty()) {
                problem(at, "expected a sentence without a fact to be cited by no quote, found it cited by "
                        + quotes.get(k).get(0) + ": take it off \"noFact\"");
            } else {
                status[k] = SourceCoverage.Status.NO_FACT;
                reasons[k] = noFact.reason();
            }
        }
        List<SourceCoverage.Sentence> sentences = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            SourceCoverage.Status st = status[k] != null ? status[k]
                    : quotes.get(k).isEmpty() ? SourceCoverage.Status.UNCITED : SourceCoverage.Status.CITED;
            sentences.add(new SourceCoverage.Sentence(spans.get(k).start(), spans.get(k).end(), st,
                    st == SourceCoverage.Status.CITED ? List.copyOf(quotes.get(k)) : List.of(), reasons[k]));
        }
        Map<String, Wording> wording = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> q : inSource) {
            wording.put(q.getKey(), Wording.of(scoped.text().codePoints(), q.getValue()[0], q.getValue()[1]));
        }
        return new SourceCoverage(source.id(), sentences, outs, wording);
    }

    /** The index of the first sentence that ends after {@code offset}. */
    private static int firstEndingAfter(List<Sentences.Span> spans, int offset) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The sentence around {@code offset}, for messages: "the sentence at 94–200". */
    private static String around(List<Sentences.Span> spans, int offset) {
        int k = firstEndingAfter(spans, offset);
        if (k < spans.size() && spans.get(k).start() <= offset) {
            return "the sentence at " + spans.get(k).start() + "-" + spans.get(k).end();
        }
        return "the space between sentences" + (k < spans.size() ? " (the next begins at " + spans.get(k).start() + ")" : "");
    }

    /**
     * The quote is in its source's text at its offset, when the text is there and is the one its record describes
     * (a text that differs is reported once, at the record, by {@link #sourceText}). Reported at the evidence entry,
     * with the nearest offset where the text does have the quote.
     */
    private void inText(String pointer, SourceRecord source, String quote, int at) {
        Texts.Text text = source == null ? null : texts.text(source.file());
        if (text == null || text.problem() != null || !text.sha256().equals(source.sha256()) || text.has(quote, at)) {
            return;
        }
        problem(pointer, "expected the quote " + Show.quoted(quote) + " at offset " + at + " of " + source.id() + " ("
                + source.file() + "), found " + text.nearest(quote, at).map(n -> "it at offset " + n + " instead")
                .orElse("it nowhere in that text"));
    }

    /**
     * An event typed as an act must not rest on a quote that reports only an intention to act: a quote that
     * follows, or begins with, "announced plans to", "its intention to", "threatened to" … (within
     * {@link Policy#INTENT_WINDOW} characters) supports a statement of intent ({@link Policy#INTENT_TYPES}), never
     * the act, which is an event only when a source reports it done. Checked where the text can be read.
     */
    void intention(String pointer, List<String> types, List<EvidenceRecord> evidence) {
        if (evidence == null || types == null || types.stream().anyMatch(Policy.INTENT_TYPES::contains)) {
            return;
        }
        for (int i = 0; i < evidence.size(); i++) {
            EvidenceRecord e = evidence.get(i);
            SourceRecord source = registry.source(e.source());
            Texts.Text text = source == null ? null : texts.text(source.file());
            if (text == null || text.problem() != null || !text.sha256().equals(source.sha256())
                    || e.quote() == null || !text.has(e.quote(), e.at())) {
                continue;
            }
            int length = e.quote().codePointCount(0, e.quote().length());
            String around = text.span(e.at() - Policy.INTENT_WINDOW, e.at() + Math.min(length, Policy.INTENT_WINDOW));
            Matcher m = INTENT.matcher(around);
            if (m.find()) {
                problem(Pointers.index(pointer, i), "expected an act reported done, found the quote "
                        + Show.quoted(e.quote()) + " after " + Show.quoted(m.group()) + ", an announced intention: type "
                        + "the event " + String.join(" or ", Policy.INTENT_TYPES) + " (a statement of intent, with "
                        + "its own time) and quote the words that announce it");
            }
        }
    }

    /**
     * What an event says that its quoted sentences do not: an agent or target ({@link Policy#NAMED_ROLES}) that
     * neither the sentences nor the one before each name; a type whose act or means the sentences of one of the
     * sources cited do not name, with the one before each ({@link Policy#TYPE_WORDS}); a date that the sentences
     * give no year or month for ({@link Policy#CALENDAR_DATE}), the quotes' own sentences first, else with the one before each: resolved from
     * a relative phrase ({@link Policy#RELATIVE_DATE}), which needs a {@code dateResolution}, or supplied by the
     * curator. Every source credited with the date (all of the event's, or its {@code dateFrom}) must give it. A date given only as bounds ({@code [..2025-04-07]}, {@code /2022-11}) says the sources give none.
     * Each must be listed in the event's
     * {@code inferences}, with its basis, or taken out. Checked where every quote's text can be read.
     */
    void readInSources(String pointer, EventRecord e) {
        String around = quotedSentences(e.evidence(), true);
        if (around == null) {
            return;
        }
        Set<String> inferred = new HashSet<>();
        if (e.inferences() != null) {
            e.inferences().forEach(i -> inferred.add(i.field() + " " + i.value()));
        }
        // The names come from every file (parts, capitals, memberships): with one unread, none is judged.
        for (String role : registry.complete() ? Policy.NAMED_ROLES : List.<String>of()) {
            for (String actor : e.valuesOf(role)) {
                Set<String> names = registry.names(actor);
                if (!names.isEmpty() && names.stream().noneMatch(around::contains)
                        && !inferred.contains(role + " " + actor)) {
                    problem(Pointers.field(pointer, "actors"), "expected the quoted sentences to name " + actor
                            + " (" + role + "), found none of its names (" + String.join(", ", new TreeSet<>(names))
                            + "): quote the words that name it, or list it in \"inferences\" with its basis");
                }
            }
        }
        for (String type : e.valuesOf("types")) {
            if (!inferred.contains("types " + type)) {
                saysIt(Pointers.field(pointer, "types"), "the event " + type, Policy.TYPE_WORDS.get(type),
                        e.evidence(), ", cite only the sources that say it, or list the type in \"inferences\" "
                                + "with its basis");
            }
        }
        if (e.date() == null || e.date().startsWith("[") || e.date().startsWith("/") || e.date().startsWith("..")
                || inferred.contains("date " + e.date())) {
            return;
        }
        // Each source that is credited with the date must give it; together they must give it on the calendar,
        // or relative to something that a resolution explains.
        Map<String, List<EvidenceRecord>> bySource = bySource(e.evidence());
        StringBuilder datingAll = new StringBuilder();
        for (Map.Entry<String, List<EvidenceRecord>> source : bySource.entrySet()) {
            if (e.dateFrom() != null && !e.dateFrom().contains(source.getKey())) {
                continue;
            }
            String its = quotedSentences(source.getValue(), false);
            String dating = CALENDAR_DATE.matcher(its).find() || RELATIVE_DATE.matcher(its).find() ? its
                    : quotedSentences(source.getValue(), true);
            if (!CALENDAR_DATE.matcher(dating).find() && !RELATIVE_DATE.matcher(dating).find()) {
                problem(Pointers.field(pointer, e.dateFrom() == null ? "date" : "dateFrom"), "expected the quoted "
                        + "sentences of " + source.getKey() + " to give the date " + e.date() + ", found no word "
                        + "of time in them: list in \"dateFrom\" the sources that give it, quote the words that "
                        + "date it, or list the date in \"inferences\" with its basis");
            }
            datingAll.append(dating).append('\n');
        }
        Matcher relative = RELATIVE_DATE.matcher(datingAll);
        if (!CALENDAR_DATE.matcher(datingAll).find() && e.dateResolution() == null && relative.find()) {
            problem(Pointers.field(pointer, "date"), "expected a \"dateResolution\" for the date " + e.date()
                    + ", which the quoted sentences give only relative to something (" + Show.quoted(relative.group())
                    + "): say what it was resolved against and how");
        }
    }

    /**
     * Each source cited for what {@code words} (a regular expression of {@link Policy#TYPE_WORDS} or
     * {@link Policy#PROPERTY_WORDS}, null for none) says must say it, in the quoted sentences or, where they refer
     * back ("retaliated", "did the same"), with the sentence before each; else the source is cited for more than
     * it says. Checked where the texts can be read.
     */
    void saysIt(String pointer, String what, String words, List<EvidenceRecord> evidence, String remedy) {
        if (words == null || quotedSentences(evidence, true) == null) {
            return;
        }
        Pattern says = Pattern.compile(words);
        for (Map.Entry<String, List<EvidenceRecord>> source : bySource(evidence).entrySet()) {
            if (!says.matcher(quotedSentences(source.getValue(), false)).find()
                    && !says.matcher(quotedSentences(source.getValue(), true)).find()) {
                problem(pointer, "expected the quoted sentences of " + source.getKey() + " to say what makes "
                        + what + " (" + words + "), found none of those words: quote them" + remedy);
            }
        }
    }

    private static Map<String, List<EvidenceRecord>> bySource(List<EvidenceRecord> evidence) {
        Map<String, List<EvidenceRecord>> bySource = new LinkedHashMap<>();
        evidence.forEach(x -> bySource.computeIfAbsent(x.source(), k -> new ArrayList<>()).add(x));
        return bySource;
    }

    /**
     * The sentences that hold the quotes (with the sentence before each, if asked), lower-cased; null when some
     * quote's text cannot be read (or the quote is not where it says), since the check would then judge half the
     * evidence.
     */
    private String quotedSentences(List<EvidenceRecord> evidence, boolean withPrevious) {
        if (evidence == null || evidence.isEmpty()) {
            return null;
        }
        StringBuilder read = new StringBuilder();
        for (EvidenceRecord e : evidence) {
            SourceRecord source = registry.source(e.source());
            Texts.Text text = source == null ? null : texts.text(source.file());
            if (text == null || text.problem() != null || !text.sha256().equals(source.sha256())
                    || e.quote() == null || !text.has(e.quote(), e.at())) {
                return null;
            }
            List<Sentences.Span> spans = sentencesOf.computeIfAbsent(source.id(),
                    k -> Sentences.of(new String(text.codePoints(), 0, text.length())));
            int first = Math.min(firstEndingAfter(spans, e.at()), spans.size() - 1);
            int last = Math.min(firstEndingAfter(spans, e.at() + e.quote().codePointCount(0, e.quote().length()) - 1),
                    spans.size() - 1);
            read.append(text.span(spans.get(withPrevious ? Math.max(0, first - 1) : first).start(),
                    spans.get(last).end())).append('\n');
        }
        return read.toString().toLowerCase(Locale.ROOT);
    }

    /** The text a source record names is in the texts directory, with the record's SHA-256 and length. */
    void sourceText(String pointer, SourceRecord source) {
        Texts.Text text = texts.text(source.file());
        if (text == null) {
            return;
        }
        if (text.problem() != null) {
            problem(Pointers.field(pointer, "file"), text.problem());
        } else if (!text.sha256().equals(source.sha256())) {
            problem(Pointers.field(pointer, "sha256"), "expected the SHA-256 of " + texts.dir().resolve(source.file())
                    + ", " + text.sha256() + ", found " + source.sha256());
        } else if (source.characters() != null && text.length() != source.characters()) {
            problem(Pointers.field(pointer, "characters"), "expected the length of " + source.file() + ", "
                    + text.length() + " characters, found " + source.characters());
        }
    }

    /** Two quotes of the same span of the same source must be the same text. */
    private void sameSpan(String pointer, String iri, String quote) {
        Quoted first = quotes.putIfAbsent(iri, new Quoted(quote, file, pointer));
        if (first != null && !first.text().equals(quote)) {
            problem(Pointers.field(pointer, "quote"), "expected the same text as the quote of the same span at "
                    + first.file().path() + " " + first.pointer() + ", found " + Show.quoted(quote) + " instead of "
                    + Show.quoted(first.text()));
        }
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Fields that must come together: the dependent one is only meaningful with the other. */
    void requires(String pointer, Object dependent, Object needed, String dependentName, String neededName) {
        if (dependent != null && needed == null) {
            problem(pointer, "expected \"" + neededName + "\" to be given with \"" + dependentName + "\", found no "
                    + neededName);
        }
    }
}
