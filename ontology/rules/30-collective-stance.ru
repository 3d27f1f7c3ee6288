# Title: Collective stance
# Derives: when a claim says an act was hostile to an alliance as a whole (skg:hostileTo an
#   intergovernmental organisation, as the AES communiqué says of the drone's downing), a claim by the same
#   claimants that the act was hostile to each member state of the alliance: Mali, Niger and Burkina Faso.
# Sound because: an alliance's declaration that an act targets "all the AES countries" is a declaration about
#   each of them. The result stays a claim with the same claimants, sources and quotes as its premise: it
#   says what the alliance holds, never that the act was hostile. Only members whose membership had not
#   ended before the act are included.
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
    ?derived a skg:Claim ; sem:accordingTo ?claimant ;
             rdf:subject ?act ; rdf:predicate skg:hostileTo ; rdf:object ?state ;
             rdfs:label ?label ; skg:evidence ?quote ; prov:wasDerivedFrom ?source ;
             prov:wasGeneratedBy ?derivation .
    ?derivation a skg:Derivation ; skg:rule rule:collective-stance ;
                skg:premise ?claim , ?membership .
  }
}
WHERE {
  ?claim a skg:Claim ; rdf:subject ?act ; rdf:predicate skg:hostileTo ; rdf:object ?alliance ;
         sem:accordingTo ?claimant ; skg:evidence ?quote ; prov:wasDerivedFrom ?source .
  ?alliance a skg:IntergovernmentalOrganization .
  ?membership a org:Membership ; org:organization ?alliance ; org:member ?state .
  ?state a skg:Country .
  OPTIONAL { ?act sem:hasEarliestBeginTimeStamp ?actBegins }
  FILTER NOT EXISTS { ?membership org:memberDuring/skg:latest ?left FILTER(BOUND(?actBegins) && ?left < ?actBegins) }
  FILTER NOT EXISTS {
    ?existing a skg:Claim ; rdf:subject ?act ; rdf:predicate skg:hostileTo ; rdf:object ?state ; sem:accordingTo ?claimant .
  }
  ?claim rdfs:label ?claimLabel . FILTER(LANG(?claimLabel) = "en")
  ?state rdfs:label ?stateLabel . FILTER(LANG(?stateLabel) = "en")
  BIND(STRLANG(CONCAT("Hostile to ", STR(?stateLabel), ", as a member: ", STR(?claimLabel)), "en") AS ?label)
  BIND(IRI(CONCAT(STR(claim:), "inferred-", SHA1(CONCAT(STR(?claim), " ", STR(?state))))) AS ?derived)
  BIND(IRI(CONCAT(STR(derivation:), "collective-stance-", SHA1(CONCAT(STR(?claim), " ", STR(?state))))) AS ?derivation)
}
