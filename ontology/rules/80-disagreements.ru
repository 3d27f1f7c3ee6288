# Title: Disagreements
# Derives: a skg:Disagreement, with its skg:disputeKind, for two accounts that cannot both be true. (1) Two claims
#   on the same subject, the same exclusive property (skg:ExclusiveProperty) and the same aspect (skg:onAspect, or
#   neither has one) whose values are incompatible: resources neither of which contains or is part of the other
#   (skg:locatedIn, org:subOrganizationOf, skos:broader); figures, or the same place's distances from the border,
#   whose ranges do not overlap; dates whose ranges do not overlap. (2) Two events the curators say may be one
#   (skg:possiblySameEventAs) whose dates do not overlap. (3) A date resolved against an event (a skg:DateResolution
#   whose skg:anchor is an event: "has since", "later that evening", "in the hours following") that begins before
#   a date some claim gives that event: the resolution follows one account of the anchor's date, the claim another.
#   A figure's range follows its comparator and its written precision: a figure stated without qualification
#   (skg:Exactly) covers what rounds to it, half a unit of its last written digit either side ("2" is [1.5, 2.5),
#   "9.5" is [9.45, 9.55), "1300" is [1250, 1350)); "about X" is [0.9X, 1.1X]; "nearly X" is [0.9X, X); "more
#   than X" is (X, …); "at least X" is [X, …); "less than X" is (…, X); "at most X" is (…, X]. The tolerances are
#   the VALUES lines below. Figures in different units are not compared. An approximate date (EDTF "~") is
#   widened by one unit of its precision either side.
#   The kind is the property's skg:disputeKind when the ontology declares one (placement, rival
#   characterisations), else figures, dates or rival accounts, by the values.
# Sound because: two incompatible values of an exclusive property on the same aspect cannot both hold, and two
#   ranges that do not overlap cannot hold the same figure or day; two events that may be one cannot be one on
#   two dates that do not overlap; what happened since, after or later than an event cannot begin before it, so a
#   date resolved against the event's date by one account conflicts with a claim that dates the event later (a
#   phrase that places it before the anchor, "earlier", "before", "previous", "prior", is left out). A disagreement records that the accounts differ, and claims nothing about
#   which is right; compatible versions (2 km and more than 2 km, 9.5 km and nearly 10 km, one claimant's or
#   several) are not disagreements. Each pair is recorded once.
# Repeat: no
PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl:     <http://www.w3.org/2002/07/owl#>
PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
PREFIX fn:      <http://www.w3.org/2005/xpath-functions#>
PREFIX sem:     <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX org:     <http://www.w3.org/ns/org#>
PREFIX time:    <http://www.w3.org/2006/time#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
PREFIX schema:  <http://schema.org/>
# The reasoner declares skg:, graph:, id: and a prefix per kind of id (rule:, statement:, derivation:, event-type:,
# concept:, …) for every rule, from org.sahelkg.iri.Iris; `sahel-kg reason --prefixes` prints them as PREFIX lines,
# to run this rule elsewhere.

# (1) Two claims on the same subject, exclusive property and aspect, with incompatible values.
INSERT {
  GRAPH graph:inferred {
    ?disagreement a skg:Disagreement ; skg:about ?about ; skg:onProperty ?p ; skg:disputeKind ?kind ;
                  skg:disagreeingClaim ?claimA , ?claimB ; rdfs:label ?label ; prov:wasGeneratedBy ?derivation .
    ?derivation a skg:Derivation ; skg:rule rule:disagreements ;
                skg:premise ?claimA , ?claimB .
  }
}
WHERE {
  # Claims are paired only with claims on the same subject: ?claimB is reached from ?about, never listed on
  # its own. Written the other way (?claimB a skg:Claim first), ARQ places the filter below between all
  # claims and all claims: every pair of claims in the graph, quadratic in the events.
  ?claimA a skg:Claim ; rdf:predicate ?p ; rdf:subject ?about ; rdf:object ?oA .
  ?p a skg:ExclusiveProperty .
  ?claimB rdf:subject ?about ; rdf:predicate ?p ; a skg:Claim ; rdf:object ?oB .
  FILTER(STR(?claimA) < STR(?claimB))
  # The same aspect, or neither names one: where the drone flew and where its wreckage fell are not rivals.
  OPTIONAL { ?claimA skg:onAspect ?aspectA OPTIONAL { ?aspectA rdfs:label ?aspectLabel FILTER(LANG(?aspectLabel) = "en") } }
  OPTIONAL { ?claimB skg:onAspect ?aspectB }
  FILTER((!BOUND(?aspectA) && !BOUND(?aspectB)) || ?aspectA = ?aspectB)
  # The figures compared: both values, or both distances from the border of the same place.
  OPTIONAL { ?oA schema:value ?anyA . ?oB schema:value ?anyB . BIND(true AS ?figures) }
  OPTIONAL { FILTER(?oA = ?oB) ?claimA skg:distanceFromBorder ?dA . ?claimB skg:distanceFromBorder ?dB . }
  # rdf:nil when there is no figure: left unbound, ?fA would match every figure in the graph below.
  BIND(COALESCE(IF(BOUND(?figures), ?oA, ?dA), rdf:nil) AS ?fA)
  BIND(COALESCE(IF(BOUND(?figures), ?oB, ?dB), rdf:nil) AS ?fB)
  # Each figure's range: comparator, factor of the lower and upper bound (none: unbounded), whether the figure
  # covers what rounds to it, and whether each bound is open.
  OPTIONAL {
    ?fA schema:value ?vA ; skg:comparator ?cA ; schema:unitCode ?uA .
    VALUES (?cA ?loFA ?hiFA ?roundA ?loOpenA ?hiOpenA) {
      (skg:Exactly  1.0   1.0   true  false true)
      (skg:About    0.9   1.1   false false false)
      (skg:Nearly   0.9   1.0   false false true)
      (skg:MoreThan 1.0   UNDEF false true  false)
      (skg:AtLeast  1.0   UNDEF false false false)
      (skg:LessThan UNDEF 1.0   false false true)
      (skg:AtMost   UNDEF 1.0   false false false)
    }
  }
  OPTIONAL {
    ?fB schema:value ?vB ; skg:comparator ?cB ; schema:unitCode ?uB .
    VALUES (?cB ?loFB ?hiFB ?roundB ?loOpenB ?hiOpenB) {
      (skg:Exactly  1.0   1.0   true  false true)
      (skg:About    0.9   1.1   false false false)
      (skg:Nearly   0.9   1.0   false false true)
      (skg:MoreThan 1.0   UNDEF false true  false)
      (skg:AtLeast  1.0   UNDEF false false false)
      (skg:LessThan UNDEF 1.0   false false true)
      (skg:AtMost   UNDEF 1.0   false false false)
    }
  }
  # Half a unit of the last written digit: "9.5" 0.05, "2" 0.5, "1300" 50 (a trailing ".0" is dropped first).
  BIND(REPLACE(STR(?vA), "\\.0+$", "") AS ?wA)
  BIND(REPLACE(STR(?vB), "\\.0+$", "") AS ?wB)
  BIND(IF(CONTAINS(?wA, "."), xsd:decimal(CONCAT("0.", SUBSTR("000000000000", 1, STRLEN(STRAFTER(?wA, "."))), "5")),
       IF(STRENDS(?wA, "0"), xsd:decimal(CONCAT("5", SUBSTR("000000000000", 1, STRLEN(REPLACE(?wA, "^.*?(0*)$", "$1")) - 1))),
          0.5)) AS ?hA)
  BIND(IF(CONTAINS(?wB, "."), xsd:decimal(CONCAT("0.", SUBSTR("000000000000", 1, STRLEN(STRAFTER(?wB, "."))), "5")),
       IF(STRENDS(?wB, "0"), xsd:decimal(CONCAT("5", SUBSTR("000000000000", 1, STRLEN(REPLACE(?wB, "^.*?(0*)$", "$1")) - 1))),
          0.5)) AS ?hB)
  # An unbounded side stays unbound (the product with an unbound factor is an error, which BIND leaves unbound).
  BIND(IF(?roundA, ?vA - ?hA, ?vA * ?loFA) AS ?loA)
  BIND(IF(?roundA, ?vA + ?hA, ?vA * ?hiFA) AS ?hiA)
  BIND(IF(?roundB, ?vB - ?hB, ?vB * ?loFB) AS ?loB)
  BIND(IF(?roundB, ?vB + ?hB, ?vB * ?hiFB) AS ?hiB)
  # Dates: each time's earliest and latest day, widened by one unit of its precision when approximate.
  OPTIONAL { ?oA skg:earliest ?eA0 } OPTIONAL { ?oA skg:latest ?lA0 }
  OPTIONAL { ?oB skg:earliest ?eB0 } OPTIONAL { ?oB skg:latest ?lB0 }
  OPTIONAL {
    ?oA skg:approximate true ; skg:precision ?precA .
    VALUES (?precA ?widenA) { (time:unitDay "P1D"^^xsd:dayTimeDuration) (time:unitMonth "P1M"^^xsd:yearMonthDuration)
                              (time:unitYear "P1Y"^^xsd:yearMonthDuration) (skg:unitDecade "P10Y"^^xsd:yearMonthDuration) }
  }
  OPTIONAL {
    ?oB skg:approximate true ; skg:precision ?precB .
    VALUES (?precB ?widenB) { (time:unitDay "P1D"^^xsd:dayTimeDuration) (time:unitMonth "P1M"^^xsd:yearMonthDuration)
                              (time:unitYear "P1Y"^^xsd:yearMonthDuration) (skg:unitDecade "P10Y"^^xsd:yearMonthDuration) }
  }
  BIND(IF(BOUND(?widenA), ?eA0 - ?widenA, ?eA0) AS ?eA) BIND(IF(BOUND(?widenA), ?lA0 + ?widenA, ?lA0) AS ?lA)
  BIND(IF(BOUND(?widenB), ?eB0 - ?widenB, ?eB0) AS ?eB) BIND(IF(BOUND(?widenB), ?lB0 + ?widenB, ?lB0) AS ?lB)
  BIND(BOUND(?eA0) || BOUND(?lA0) AS ?dated)
  FILTER(IF(BOUND(?vA) && BOUND(?vB),
            # Figures in the same unit whose ranges do not overlap: one range ends before the other begins.
            ?uA = ?uB && !((!BOUND(?loB) || !BOUND(?hiA) || ?loB < ?hiA || (?loB = ?hiA && !?loOpenB && !?hiOpenA))
                        && (!BOUND(?loA) || !BOUND(?hiB) || ?loA < ?hiB || (?loA = ?hiB && !?loOpenA && !?hiOpenB))),
         IF(?dated,
            (BOUND(?lA) && BOUND(?eB) && ?lA < ?eB) || (BOUND(?lB) && BOUND(?eA) && ?lB < ?eA),
         IF(?oA = ?oB, false,
            NOT EXISTS { ?oA (org:subOrganizationOf|skg:locatedIn|skos:broader)+ ?oB }
            && NOT EXISTS { ?oB (org:subOrganizationOf|skg:locatedIn|skos:broader)+ ?oA }))))
  OPTIONAL { ?p skg:disputeKind ?declaredKind }
  BIND(COALESCE(?declaredKind, IF(BOUND(?figures), skg:FigureConflict, IF(?dated, skg:DateConflict, skg:AccountConflict)))
       AS ?kind)
  ?about rdfs:label ?aboutLabel . FILTER(LANG(?aboutLabel) = "en")
  ?p rdfs:label ?pLabel . FILTER(LANG(?pLabel) = "en")
  BIND(STRLANG(CONCAT("Disagreement on the ", STR(?pLabel), " of ", STR(?aboutLabel),
                      IF(BOUND(?aspectLabel), CONCAT(" (", STR(?aspectLabel), ")"), "")), "en") AS ?label)
  BIND(IRI(CONCAT(STR(disagreement:), SHA1(CONCAT(STR(?claimA), " ", STR(?claimB))))) AS ?disagreement)
  BIND(IRI(CONCAT(STR(derivation:), "disagreements-", SHA1(CONCAT(STR(?claimA), " ", STR(?claimB))))) AS ?derivation)
} ;

# (2) Two events that may be one (a curated skg:possiblySameEventAs), dated apart by their sources.
INSERT {
  GRAPH graph:inferred {
    ?disagreement a skg:Disagreement ; skg:disputeKind skg:PossiblySameEventDatedApart ;
                  skg:disagreeingAccount ?eventA , ?eventB ; rdfs:label ?label ; prov:wasGeneratedBy ?derivation .
    ?derivation a skg:Derivation ; skg:rule rule:disagreements ;
                skg:premise ?assertion , ?eventA , ?eventB .
  }
}
WHERE {
  # The curated assertion, not its inferred reverse: each pair once, in the order of the events' IRIs.
  ?assertion a skg:Assertion ; rdf:predicate skg:possiblySameEventAs ; rdf:subject ?x ; rdf:object ?y .
  BIND(IF(STR(?x) < STR(?y), ?x, ?y) AS ?eventA)
  BIND(IF(STR(?x) < STR(?y), ?y, ?x) AS ?eventB)
  ?eventA sem:hasTime ?tA . ?eventB sem:hasTime ?tB .
  ?tA skg:earliest ?eA ; skg:latest ?lA ; skg:edtf ?edtfA .
  ?tB skg:earliest ?eB ; skg:latest ?lB ; skg:edtf ?edtfB .
  FILTER(?lA < ?eB || ?lB < ?eA)
  ?eventA rdfs:label ?labelA . FILTER(LANG(?labelA) = "en")
  ?eventB rdfs:label ?labelB . FILTER(LANG(?labelB) = "en")
  BIND(STRLANG(CONCAT("Two dates for what may be one event: ", STR(?labelA), " (", STR(?edtfA), ") and ",
                      STR(?labelB), " (", STR(?edtfB), ")"), "en") AS ?label)
  BIND(IRI(CONCAT(STR(disagreement:), SHA1(CONCAT(STR(?eventA), " ", STR(?eventB))))) AS ?disagreement)
  BIND(IRI(CONCAT(STR(derivation:), "disagreements-", SHA1(CONCAT(STR(?eventA), " ", STR(?eventB))))) AS ?derivation)
} ;

# (3) A date resolved against an event that begins before a date a claim gives that event.
INSERT {
  GRAPH graph:inferred {
    ?disagreement a skg:Disagreement ; skg:disputeKind skg:ResolvedDateConflict ;
                  skg:disagreeingAccount ?event , ?claim ; rdfs:label ?label ; prov:wasGeneratedBy ?derivation .
    ?derivation a skg:Derivation ; skg:rule rule:disagreements ; skg:premise ?resolution , ?claim .
  }
}
WHERE {
  ?t skg:resolution ?resolution ; skg:earliest ?e ; skg:edtf ?edtf .
  ?event sem:hasTime ?t .
  ?resolution skg:anchor ?anchor ; skg:phrase ?phrase .
  FILTER(!REGEX(?phrase, "\\b(earlier|before|previous|prior)\\b", "i"))
  ?claim rdf:subject ?anchor ; rdf:predicate skg:date ; a skg:Claim ; rdf:object ?o .
  ?o skg:earliest ?claimed .
  FILTER(?e < ?claimed)
  OPTIONAL { ?o skg:edtf ?claimedEdtf }
  ?event rdfs:label ?eventLabel . FILTER(LANG(?eventLabel) = "en")
  ?anchor rdfs:label ?anchorLabel . FILTER(LANG(?anchorLabel) = "en")
  ?claim rdfs:label ?claimLabel . FILTER(LANG(?claimLabel) = "en")
  BIND(STRLANG(CONCAT("A date resolved from a disputed date: ", STR(?eventLabel), " (", STR(?edtf), ", \u201c",
                      ?phrase, "\u201d ", STR(?anchorLabel), ") and ", STR(?claimLabel)), "en") AS ?label)
  BIND(IRI(CONCAT(STR(disagreement:), SHA1(CONCAT(STR(?event), " ", STR(?claim))))) AS ?disagreement)
  BIND(IRI(CONCAT(STR(derivation:), "disagreements-", SHA1(CONCAT(STR(?event), " ", STR(?claim))))) AS ?derivation)
}
