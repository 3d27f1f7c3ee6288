# Title: Place containment
# Derives: (1) skg:locatedIn is transitive: a place inside a place inside a country is inside the country;
#   (2) an event that happened in a place (sem:hasPlace) happened in every region and country containing it:
#   the Tinzaouatène airstrike is in Mali, anything in Tin Zaouatine is in Algeria.
# Sound because: containment of places is transitive, and being in a place means being in what contains it.
#   Only sem:hasPlace is used: an event merely near a place (skg:near) is not placed in its country, and a
#   claim about where the drone was is a claim, never an asserted sem:hasPlace.
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
    ?a skg:locatedIn ?c .
    ?statement a skg:InferredStatement ; rdf:subject ?a ; rdf:predicate skg:locatedIn ; rdf:object ?c ;
               prov:wasGeneratedBy ?derivation .
    ?derivation a skg:Derivation ; skg:rule rule:containment ;
                skg:premise ?first , ?second .
    ?first a rdf:Statement ; rdf:subject ?a ; rdf:predicate skg:locatedIn ; rdf:object ?b .
    ?second a rdf:Statement ; rdf:subject ?b ; rdf:predicate skg:locatedIn ; rdf:object ?c .
  }
}
WHERE {
  # ?b skg:locatedIn+ ?c closes the chain in one pass; the premise (?b in ?c) is asserted, or inferred by this
  # same operation under the same hashed IRI. So the events below see every container at once, and one pass
  # suffices: a second would find nothing new.
  ?a skg:locatedIn ?b . ?b skg:locatedIn+ ?c .
  FILTER(?a != ?c)
  FILTER NOT EXISTS { ?a skg:locatedIn ?c }
  BIND(IRI(CONCAT(STR(statement:), SHA1(CONCAT(STR(?a), " ", STR(skg:locatedIn), " ", STR(?c))))) AS ?statement)
  BIND(IRI(CONCAT(STR(statement:), SHA1(CONCAT(STR(?a), " ", STR(skg:locatedIn), " ", STR(?b))))) AS ?first)
  BIND(IRI(CONCAT(STR(statement:), SHA1(CONCAT(STR(?b), " ", STR(skg:locatedIn), " ", STR(?c))))) AS ?second)
  BIND(IRI(CONCAT(STR(derivation:), "containment-", SHA1(CONCAT(STR(?a), " ", STR(?b), " ", STR(?c))))) AS ?derivation)
} ;

INSERT {
  GRAPH graph:inferred {
    ?event sem:hasPlace ?container .
    ?statement a skg:InferredStatement ; rdf:subject ?event ; rdf:predicate sem:hasPlace ; rdf:object ?container ;
               prov:wasGeneratedBy ?derivation .
    ?derivation a skg:Derivation ; skg:rule rule:containment ;
                skg:premise ?at , ?inside .
    ?at a rdf:Statement ; rdf:subject ?event ; rdf:predicate sem:hasPlace ; rdf:object ?place .
    ?inside a rdf:Statement ; rdf:subject ?place ; rdf:predicate skg:locatedIn ; rdf:object ?container .
  }
}
WHERE {
  ?event a skg:Event ; sem:hasPlace ?place .
  ?place skg:locatedIn ?container .
  FILTER NOT EXISTS { ?event sem:hasPlace ?container }
  BIND(IRI(CONCAT(STR(statement:), SHA1(CONCAT(STR(?event), " ", STR(sem:hasPlace), " ", STR(?container))))) AS ?statement)
  BIND(IRI(CONCAT(STR(statement:), SHA1(CONCAT(STR(?event), " ", STR(sem:hasPlace), " ", STR(?place))))) AS ?at)
  BIND(IRI(CONCAT(STR(statement:), SHA1(CONCAT(STR(?place), " ", STR(skg:locatedIn), " ", STR(?container))))) AS ?inside)
  BIND(IRI(CONCAT(STR(derivation:), "containment-", SHA1(CONCAT(STR(?event), " ", STR(?place), " ", STR(?container))))) AS ?derivation)
}
