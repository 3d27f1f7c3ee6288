# Title: Broken fixture
# Derives: nothing
# Sound because: it is a test fixture
PREFIX ex: <http://example.org/>
INSERT {
  GRAPH graph:inferred { ?d a skg:Derivation ; skg:rule rule:reciprocity }
}
WHERE { ?d ex:q ?o }
