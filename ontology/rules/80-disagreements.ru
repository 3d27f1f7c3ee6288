# Title: Disagreements
# Derives: a skg:Disagreement linking two claims that give the same subject incompatible values of an
#   exclusive property (skg:ExclusiveProperty): resources neither of which contains or is part of the other,
#   figures that differ in value or comparator, dates whose ranges do not overlap, or the same place at
#   different stated distances from the border.
# Sound because: by the definition of an exclusive property the two values cannot both hold; the
#   disagreement records that the accounts differ, and claims nothing about which is right. Each pair is
#   recorded once.
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

INSERT {
  GRAPH graph:inferred {
    ?disagreement a skg:Disagreement ; skg:about ?about ; skg:onProperty ?p ;
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
  OPTIONAL { ?oA schema:value ?vA ; skg:comparator ?cA . ?oB schema:value ?vB ; skg:comparator ?cB }
  OPTIONAL { ?oA skg:earliest ?eA } OPTIONAL { ?oA skg:latest ?lA }
  OPTIONAL { ?oB skg:earliest ?eB } OPTIONAL { ?oB skg:latest ?lB }
  OPTIONAL { ?claimA skg:distanceFromBorder ?dA . ?dA schema:value ?dvA ; skg:comparator ?dcA .
             ?claimB skg:distanceFromBorder ?dB . ?dB schema:value ?dvB ; skg:comparator ?dcB }
  FILTER(IF(BOUND(?vA), ?vA != ?vB || ?cA != ?cB,
         IF(BOUND(?eA) || BOUND(?lA), (BOUND(?lA) && BOUND(?eB) && ?lA < ?eB) || (BOUND(?lB) && BOUND(?eA) && ?lB < ?eA),
         IF(?oA = ?oB, BOUND(?dvA) && (?dvA != ?dvB || ?dcA != ?dcB),
            NOT EXISTS { ?oA (org:subOrganizationOf|skg:locatedIn)+ ?oB } && NOT EXISTS { ?oB (org:subOrganizationOf|skg:locatedIn)+ ?oA }))))
  ?about rdfs:label ?aboutLabel . FILTER(LANG(?aboutLabel) = "en")
  ?p rdfs:label ?pLabel . FILTER(LANG(?pLabel) = "en")
  BIND(STRLANG(CONCAT("Disagreement on the ", STR(?pLabel), " of ", STR(?aboutLabel)), "en") AS ?label)
  BIND(IRI(CONCAT(STR(disagreement:), SHA1(CONCAT(STR(?claimA), " ", STR(?claimB))))) AS ?disagreement)
  BIND(IRI(CONCAT(STR(derivation:), "disagreements-", SHA1(CONCAT(STR(?claimA), " ", STR(?claimB))))) AS ?derivation)
}
