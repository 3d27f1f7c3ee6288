# Title: Inverse and symmetric relations
# Derives: for every property the ontology declares owl:inverseOf another (member of / has member, holds /
#   held by, hosts / hosted by, located in / contains place, sub-organization of / has sub-organization), the
#   inverse of each asserted or inferred triple; for every owl:SymmetricProperty (borders, twin town of, in
#   dispute with), the reversed triple.
# Sound because: this is what owl:inverseOf and owl:SymmetricProperty mean (OWL 2 RL rules prp-inv1,
#   prp-inv2 and prp-symp). Only triples between resources of the graph are used; a claim's triple is never
#   asserted, so it is never reversed into a fact.
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
    ?o ?q ?s .
    ?statement a skg:InferredStatement ; rdf:subject ?o ; rdf:predicate ?q ; rdf:object ?s ;
               prov:wasGeneratedBy ?derivation .
    ?derivation a skg:Derivation ; skg:rule rule:inverse-and-symmetric ;
                skg:premise ?premise , ?assertion .
    ?premise a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  }
}
WHERE {
  { ?p owl:inverseOf ?q } UNION { ?q owl:inverseOf ?p } UNION { ?p a owl:SymmetricProperty . BIND(?p AS ?q) }
  ?s ?p ?o .
  FILTER(isIRI(?o) && STRSTARTS(STR(?s), STR(id:))
         && STRSTARTS(STR(?o), STR(id:)))
  FILTER NOT EXISTS { ?o ?q ?s }
  OPTIONAL { ?assertion a skg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
  BIND(IRI(CONCAT(STR(statement:), SHA1(CONCAT(STR(?o), " ", STR(?q), " ", STR(?s))))) AS ?statement)
  BIND(IRI(CONCAT(STR(statement:), SHA1(CONCAT(STR(?s), " ", STR(?p), " ", STR(?o))))) AS ?premise)
  BIND(IRI(CONCAT(STR(derivation:), "inverse-and-symmetric-",
                  SHA1(CONCAT(STR(?s), " ", STR(?p), " ", STR(?o), " ", STR(?q))))) AS ?derivation)
}
