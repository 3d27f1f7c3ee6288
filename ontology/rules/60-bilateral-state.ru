# Title: State of bilateral relations
# Derives: a skg:BilateralState for each standing situation a measure by one state towards another
#   creates, from the first day it can have held (skg:since, and skg:sinceLatest when the date is a range):
#   - a recall or another downgrade of representation (event type under reduce-diplomatic-relations):
#     the holder has no ambassador in post with the counterpart;
#   - an airspace closure: the holder's airspace is closed to the counterpart;
#   - a summons of an ambassador: the holder has summoned the counterpart's ambassador;
#   - leaving an intergovernmental body: the holder left a body the counterpart still belongs to;
#   - leaving an agreement: the holder left an agreement the counterpart is a party to or mediated.
# Sound because: each situation is what the measure does by definition, from the day of the measure. The
#   data holds no event that restores an ambassador or reopens airspace; when it does, a rule ending the
#   situation belongs here. Only states take part (ministries and armies count as their country).
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
    ?state a skg:BilateralState ; skg:stateKind ?kind ; skg:holder ?holder ; skg:counterpart ?counterpart ;
           skg:since ?since ; skg:sinceLatest ?sinceLatest ; skg:causedBy ?event ; skg:regarding ?body ;
           rdfs:label ?label ; prov:wasGeneratedBy ?derivation .
    ?derivation a skg:Derivation ; skg:rule rule:bilateral-state ;
                skg:premise ?event , ?membership .
  }
}
WHERE {
  {
    ?event sem:eventType/skos:broader* event-type:reduce-diplomatic-relations ;
           skg:agent ?agent ; skg:target ?target .
    BIND(concept:no-ambassador-in-post AS ?kind)
  } UNION {
    ?event sem:eventType event-type:close-airspace ; skg:agent ?agent ; skg:target ?target .
    BIND(concept:airspace-closed AS ?kind)
  } UNION {
    ?event sem:eventType event-type:summon-ambassador ; skg:agent ?agent ; skg:target ?target .
    BIND(concept:ambassador-summoned AS ?kind)
  } UNION {
    ?event sem:eventType event-type:withdraw-from-organization ;
           skg:agent ?agent ; skg:concerns ?body .
    ?membership a org:Membership ; org:organization ?body ; org:member ?target .
    FILTER NOT EXISTS { ?membership org:memberDuring/skg:latest ?ended }
    BIND(concept:left-shared-body AS ?kind)
  } UNION {
    ?event sem:eventType event-type:reject-agreement ; skg:agent ?agent ; skg:concerns ?body .
    { ?body skg:party ?target } UNION { ?signing skg:concerns ?body ; skg:mediator ?target }
    BIND(concept:left-shared-agreement AS ?kind)
  }
  ?agent org:subOrganizationOf* ?holder . ?holder a skg:Country .
  ?target org:subOrganizationOf* ?counterpart . ?counterpart a skg:Country .
  FILTER(?holder != ?counterpart)
  ?event sem:hasEarliestBeginTimeStamp ?since ; sem:hasTime/skg:edtf ?when .
  OPTIONAL { ?event sem:hasLatestEndTimeStamp ?latest }
  BIND(IF(!BOUND(?latest) || ?latest > ?since, COALESCE(?latest, ?unbound), ?unbound) AS ?sinceLatest)
  ?kind rdfs:label ?kindLabel . FILTER(LANG(?kindLabel) = "en")
  ?holder rdfs:label ?holderLabel . FILTER(LANG(?holderLabel) = "en")
  ?counterpart rdfs:label ?counterpartLabel . FILTER(LANG(?counterpartLabel) = "en")
  BIND(STRLANG(CONCAT(STR(?holderLabel), " — ", STR(?kindLabel), " — ", STR(?counterpartLabel), ", since ", ?when), "en") AS ?label)
  BIND(IRI(CONCAT(STR(state:), SHA1(CONCAT(STR(?kind), " ", STR(?holder), " ", STR(?counterpart), " ", STR(?event))))) AS ?state)
  BIND(IRI(CONCAT(STR(derivation:), "bilateral-state-", SHA1(CONCAT(STR(?kind), " ", STR(?holder), " ", STR(?counterpart), " ", STR(?event))))) AS ?derivation)
}
