# Title: Broken fixture
# Derives: nothing
# Sound because: it is a test fixture
PREFIX ex: <http://example.org/>
INSERT { GRAPH graph:data { ?s ex:p ?o } }
WHERE { ?s ex:q ?o }
