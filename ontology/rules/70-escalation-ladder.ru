# Title: Escalation ladder
# Derives: one skg:EscalationStep per acting state, counterpart state and day: the lowest Goldstein score
#   (skg:goldsteinScore of the event types, from -10, fighting, to +10) among the acts the actor began that
#   day towards the counterpart, an event with that score, and how many acts there were. A step whose
#   events may have begun later than that day (a date range) is marked skg:dateUncertain.
# Sound because: it only aggregates asserted events and the scores of their types; ministries and armies
#   count as their country. Events whose agent is disputed (only claims name it, as for the drone's
#   downing) have no asserted agent and take no part.
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
    ?step a skg:EscalationStep ; skg:actor ?actor ; skg:counterpart ?counterpart ; skg:day ?day ;
          skg:intensity ?intensity ; skg:eventCount ?count ; skg:mostSevereEvent ?severe ;
          skg:dateUncertain ?uncertain ; rdfs:label ?label ; prov:wasGeneratedBy ?derivation .
    ?derivation a skg:Derivation ; skg:rule rule:escalation-ladder ;
                skg:premise ?severe .
  }
}
WHERE {
  # The two groupings are joined on one key variable (actor, counterpart, day): ARQ's hash join hashes on a
  # single variable, and on ?actor alone it would compare each day of a pair of states with every other.
  {
    SELECT ?actor ?counterpart ?day ?key (MIN(?score) AS ?intensity) (COUNT(DISTINCT ?event) AS ?count)
           (MAX(?rangeEvent) AS ?uncertain)
    WHERE {
      ?event a skg:Event ; skg:agent ?agent ; skg:target ?target ; sem:eventType/skg:goldsteinScore ?score ;
             sem:hasEarliestBeginTimeStamp ?day .
      OPTIONAL { ?event sem:hasLatestEndTimeStamp ?end }
      BIND(!BOUND(?end) || ?end > ?day AS ?rangeEvent)
      ?agent org:subOrganizationOf* ?actor . ?actor a skg:Country .
      ?target org:subOrganizationOf* ?counterpart . ?counterpart a skg:Country .
      FILTER(?actor != ?counterpart)
      BIND(CONCAT(STR(?actor), " ", STR(?counterpart), " ", STR(?day)) AS ?key)
    }
    GROUP BY ?actor ?counterpart ?day ?key
  }
  {
    SELECT ?key ?score (MIN(STR(?candidate)) AS ?severeIri)
    WHERE {
      ?candidate a skg:Event ; skg:agent ?agent ; skg:target ?target ; sem:eventType/skg:goldsteinScore ?score ;
                 sem:hasEarliestBeginTimeStamp ?day .
      ?agent org:subOrganizationOf* ?actor . ?actor a skg:Country .
      ?target org:subOrganizationOf* ?counterpart . ?counterpart a skg:Country .
      BIND(CONCAT(STR(?actor), " ", STR(?counterpart), " ", STR(?day)) AS ?key)
    }
    GROUP BY ?key ?score
  }
  FILTER(?score = ?intensity)
  BIND(IRI(?severeIri) AS ?severe)
  ?actor rdfs:label ?actorLabel . FILTER(LANG(?actorLabel) = "en")
  ?counterpart rdfs:label ?counterpartLabel . FILTER(LANG(?counterpartLabel) = "en")
  BIND(STRLANG(CONCAT(STR(?actorLabel), " towards ", STR(?counterpartLabel), " on ", STR(?day),
                      IF(?uncertain, " or later", ""), ": ", STR(?intensity)), "en") AS ?label)
  BIND(IRI(CONCAT(STR(step:), SHA1(CONCAT(STR(?actor), " ", STR(?counterpart), " ", STR(?day))))) AS ?step)
  BIND(IRI(CONCAT(STR(derivation:), "escalation-ladder-", SHA1(CONCAT(STR(?actor), " ", STR(?counterpart), " ", STR(?day))))) AS ?derivation)
}
