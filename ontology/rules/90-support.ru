# Title: Support by sources
# Derives: for every curated event, claim, assertion, membership and proposal, how many distinct sources report
#   it (skg:sourceCount), and skg:onlyPartyAffiliatedSources true when every one of them has a stance that takes a
#   party's side (skg:partyAffiliated, such as source 004's pro-Bamako stance): "reported only by a pro-Bamako
#   source". A fact with a source count of 1 rests on a single source.
# Sound because: the count and the stances are read from the facts' own evidence (prov:wasDerivedFrom) and the
#   source records; neither says whether the fact is true. What the rules derive is not counted (it is explained
#   by its derivation). Sources are counted as distinct records: two reports that copy each other are two.
# Repeat: no
PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX org:     <http://www.w3.org/ns/org#>
# The reasoner declares skg:, graph:, id: and a prefix per kind of id (rule:, statement:, derivation:, event-type:,
# concept:, …) for every rule, from org.sahelkg.iri.Iris; `sahel-kg reason --prefixes` prints them as PREFIX lines,
# to run this rule elsewhere.

INSERT {
  GRAPH graph:inferred {
    ?fact skg:sourceCount ?n .
    ?countStatement a skg:InferredStatement ; rdf:subject ?fact ; rdf:predicate skg:sourceCount ; rdf:object ?n ;
                    prov:wasGeneratedBy ?derivation .
    ?fact skg:onlyPartyAffiliatedSources ?onlyAffiliated .
    ?affiliatedStatement a skg:InferredStatement ; rdf:subject ?fact ; rdf:predicate skg:onlyPartyAffiliatedSources ;
                         rdf:object ?onlyAffiliated ; prov:wasGeneratedBy ?derivation .
    ?derivation a skg:Derivation ; skg:rule rule:support ; skg:premise ?fact .
  }
}
WHERE {
  {
    SELECT ?fact (COUNT(?source) AS ?n) (SUM(?affiliated) AS ?affiliatedCount) WHERE {
      {
        SELECT DISTINCT ?fact ?source WHERE {
          VALUES ?class { skg:Event skg:Claim skg:Assertion org:Membership skg:Proposal }
          ?fact a ?class ; prov:wasDerivedFrom ?source .
          ?source a skg:Source .
          FILTER NOT EXISTS { ?fact prov:wasGeneratedBy ?generated }
        }
      }
      BIND(IF(EXISTS { ?source skg:stance ?stance . ?stance skg:partyAffiliated true }, 1, 0) AS ?affiliated)
    }
    GROUP BY ?fact
  }
  # Only the "true" case is materialised: a fact with an independent source simply has none.
  BIND(IF(?affiliatedCount = ?n, true, ?unbound) AS ?onlyAffiliated)
  BIND(IRI(CONCAT(STR(statement:), SHA1(CONCAT(STR(?fact), " ", STR(skg:sourceCount))))) AS ?countStatement)
  BIND(IF(BOUND(?onlyAffiliated),
          IRI(CONCAT(STR(statement:), SHA1(CONCAT(STR(?fact), " ", STR(skg:onlyPartyAffiliatedSources))))), ?unbound)
       AS ?affiliatedStatement)
  BIND(IRI(CONCAT(STR(derivation:), "support-", SHA1(STR(?fact)))) AS ?derivation)
}
