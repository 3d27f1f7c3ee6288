# Title: Reciprocity
# Derives: skg:respondsTo from a measure by state B against state A to an earlier measure by A against B of
#   the same kind (same CAMEO root code, such as 16 "reduce relations" or 19 "fight"), begun within the
#   window (14 days by default: edit the VALUES ?window line), with the lag in days on the inferred statement:
#   skg:lagDaysMin and skg:lagDaysMax from the date ranges, and skg:lagDays when both are single days.
#   Actors are compared as states: a ministry or army counts as the country it is part of
#   (org:subOrganizationOf). Examples: Algeria's recall of 7 April responds to the AES recall of 6 April
#   (lag 1); Mali's airspace closure responds to Algeria's (lag 0 to 1).
# Sound because: this is the project's definition of a reciprocal measure, applied as stated; it records a
#   pattern in the dates and codes, not a motive. "Earlier" respects date precision: the response may not
#   begin before the first measure; when both begin on the same earliest day, the one whose date range ends
#   later responds, and two measures known to the same day both ways are not linked at all.
# Repeat: no
# Join: hash
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
    ?b skg:respondsTo ?a .
    ?statement a skg:InferredStatement ; rdf:subject ?b ; rdf:predicate skg:respondsTo ; rdf:object ?a ;
               skg:lagDays ?lag ; skg:lagDaysMin ?lagMin ; skg:lagDaysMax ?lagMax ;
               prov:wasGeneratedBy ?derivation .
    ?derivation a skg:Derivation ; skg:rule rule:reciprocity ; skg:premise ?a , ?b .
  }
}
WHERE {
  # Each event's side is computed once (its acting state, target state, CAMEO root and months), then the two sides
  # are hash-joined ("# Join: hash" in the header) on one key, since ARQ hashes on a single variable: the swapped
  # states, the root and a month. A measure A is keyed by every month from the one it begins in to the one its
  # window reaches (at most 13: a year-precise date); a response B by the month it begins in. So only measures
  # of nearby months are compared: linear in the events, not in their pairs. A measure whose window spans more
  # than 13 months (a decade-precise date) is keyed "any", and so is one extra key of every response.
  {
    SELECT ?a ?eA ?lA ?window ?key WHERE {
      VALUES ?window { 14 }
      ?a a skg:Event ; sem:eventType/skg:cameoCode ?codeA ; skg:agent ?agentA ; skg:target ?targetA ;
         sem:hasEarliestBeginTimeStamp ?eA ; sem:hasLatestEndTimeStamp ?lA .
      ?agentA org:subOrganizationOf* ?stateA . ?stateA a skg:Country .
      ?targetA org:subOrganizationOf* ?stateB . ?stateB a skg:Country .
      FILTER(?stateA != ?stateB)
      BIND(YEAR(?eA) * 12 + MONTH(?eA) AS ?first)
      BIND(?lA + STRDT(CONCAT("P", STR(?window), "D"), xsd:dayTimeDuration) AS ?reach)
      BIND(YEAR(?reach) * 12 + MONTH(?reach) - ?first AS ?months)
      VALUES ?k { 0 1 2 3 4 5 6 7 8 9 10 11 12 }
      FILTER(IF(?months > 12, ?k = 0, ?k <= ?months))
      BIND(CONCAT(STR(?stateA), " ", STR(?stateB), " ", SUBSTR(?codeA, 1, 2), " ",
                  IF(?months > 12, "any", STR(?first + ?k))) AS ?key)
    }
  }
  {
    SELECT ?b ?eB ?lB ?key WHERE {
      ?b a skg:Event ; sem:eventType/skg:cameoCode ?codeB ; skg:agent ?agentB ; skg:target ?targetB ;
         sem:hasEarliestBeginTimeStamp ?eB ; sem:hasLatestEndTimeStamp ?lB .
      ?agentB org:subOrganizationOf* ?stateB . ?stateB a skg:Country .
      ?targetB org:subOrganizationOf* ?stateA . ?stateA a skg:Country .
      FILTER(?stateA != ?stateB)
      VALUES ?any { false true }
      BIND(CONCAT(STR(?stateA), " ", STR(?stateB), " ", SUBSTR(?codeB, 1, 2), " ",
                  IF(?any, "any", STR(YEAR(?eB) * 12 + MONTH(?eB)))) AS ?key)
    }
  }
  FILTER(?a != ?b && (?eA < ?eB || (?eA = ?eB && ?lA < ?lB)))
  FILTER(?eB <= ?lA || fn:days-from-duration(?eB - ?lA) <= ?window)
  BIND(IF(?eB <= ?lA, 0, fn:days-from-duration(?eB - ?lA)) AS ?lagMin)
  BIND(fn:days-from-duration(?lB - ?eA) AS ?lagMax)
  BIND(IF(?lagMin = ?lagMax, ?lagMin, ?unbound) AS ?lag)
  FILTER NOT EXISTS { ?b skg:respondsTo ?a }
  BIND(IRI(CONCAT(STR(statement:), SHA1(CONCAT(STR(?b), " ", STR(skg:respondsTo), " ", STR(?a))))) AS ?statement)
  BIND(IRI(CONCAT(STR(derivation:), "reciprocity-", SHA1(CONCAT(STR(?b), " ", STR(?a))))) AS ?derivation)
}
