# Title: Temporal order of linked events
# Derives: time:before between the times of two events linked by skg:inResponseTo (curated) or
#   skg:respondsTo (inferred), when the first certainly ended before the second began (its latest day is
#   before the other's earliest day); time:after is its inverse.
# Sound because: with day precision, "before" holds only when the day ranges do not overlap, so two events on
#   the same day, or with overlapping ranges, are not ordered. Order is materialised only between linked
#   events, never for every pair: any other order is a comparison of skg:earliest and skg:latest at query time.
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
# The reasoner declares skg:, graph:, id: and a prefix per kind of id (rule:, statement:, derivation:, event-type:,
# concept:, …) for every rule, from org.sahelkg.iri.Iris; `sahel-kg reason --prefixes` prints them as PREFIX lines,
# to run this rule elsewhere.

INSERT {
  GRAPH graph:inferred {
    ?timeA time:before ?timeB . ?timeB time:after ?timeA .
    ?statement a skg:InferredStatement ; rdf:subject ?timeA ; rdf:predicate time:before ; rdf:object ?timeB ;
               prov:wasGeneratedBy ?derivation .
    ?derivation a skg:Derivation ; skg:rule rule:temporal-order ;
                skg:premise ?link , ?a , ?b .
    ?link a rdf:Statement ; rdf:subject ?b ; rdf:predicate ?linkedBy ; rdf:object ?a .
  }
}
WHERE {
  VALUES ?linkedBy { skg:inResponseTo skg:respondsTo }
  ?b ?linkedBy ?a .
  ?a sem:hasTime ?timeA ; sem:hasLatestEndTimeStamp ?endA .
  ?b sem:hasTime ?timeB ; sem:hasEarliestBeginTimeStamp ?beginB .
  FILTER(?endA < ?beginB)
  FILTER NOT EXISTS { ?timeA time:before ?timeB }
  BIND(IRI(CONCAT(STR(statement:), SHA1(CONCAT(STR(?timeA), " ", STR(time:before), " ", STR(?timeB))))) AS ?statement)
  BIND(IRI(CONCAT(STR(statement:), SHA1(CONCAT(STR(?b), " ", STR(?linkedBy), " ", STR(?a))))) AS ?link)
  BIND(IRI(CONCAT(STR(derivation:), "temporal-order-", SHA1(CONCAT(STR(?timeA), " ", STR(?timeB))))) AS ?derivation)
}
