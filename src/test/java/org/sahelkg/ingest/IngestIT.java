package org.sahelkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelkg.load.GraphBuilder;
import org.sahelkg.load.LoadException;
import org.sahelkg.load.Project;
import org.sahelkg.reason.KnowledgeGraph;
import org.sahelkg.server.TestSite;
import org.sahelkg.store.Store;

/**
 * From a new article to the graph: ingest drafts it, the curator accepts two candidates (new evidence for known
 * events) and applies them to a copy of the project; the store built from it holds the new source and its
 * quotes, a query finds them and the event's page shows them. A draft that does not load changes nothing.
 */
class IngestIT {
    @TempDir
    Path tmp;

    @Test
    void anAcceptedDraftLoadsAndAppearsInQueriesAndPages() throws Exception {
        Project project = copyProject();
        Path dir = draft(project);
        Review review = Review.open(dir);
        String recall = accept(review, "event/aes-ambassador-recall-2025-04-06");
        String airspace = accept(review, "event/mali-closes-airspace-2025-04");
        review.save();
        List<String> written = Review.open(dir).apply(project);
        assertTrue(written.contains("seeds/005_" + review.draft().get("source").get("sha256").asText()
                .substring(0, 16) + ".json"), written.toString());

        Store store = new Store(tmp.resolve("store"), KnowledgeGraph::build, note -> { });
        store.ensureFresh(project);
        DatasetGraph dsg = store.open();
        String ask = "PREFIX skg: <https://w3id.org/sahel-kg/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#> "
                + "ASK { <https://w3id.org/sahel-kg/id/event/aes-ambassador-recall-2025-04-06> skg:evidence ?q . "
                + "?q oa:hasSource <https://w3id.org/sahel-kg/id/source/005> ; oa:hasSelector/oa:exact \"" + recall
                + "\" }";
        boolean found = Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(ask).build()) {
                return qe.execAsk();
            }
        });
        assertTrue(found, ask);
        try (TestSite site = TestSite.start(dsg)) {
            String page = site.html("/id/event/mali-closes-airspace-2025-04.html");
            assertTrue(page.contains(airspace), "the page shows the new quote " + airspace);
            assertTrue(site.html("/id/source/005.html").contains("Sahel tensions flare again"),
                    "the new source has its page");
        }
        store.close();
    }

    @Test
    void aDraftThatDoesNotLoadChangesNothing() throws Exception {
        Project project = copyProject();
        Path home = project.home();
        Path texts = project.texts();
        Path dir = draft(project);
        Review review = Review.open(dir);
        // A claim whose record is not complete: the curator has not said what it is about.
        for (JsonNode c : review.draft().get("candidates")) {
            if (c.get("kind").asText().equals("claim") && c.get("record").get("subject").isNull()) {
                review.mark(c.get("id").asText(), "accepted");
                break;
            }
        }
        String before = tree(home);
        LoadException e = assertThrows(LoadException.class, () -> review.apply(project));
        assertTrue(e.getMessage().contains("data/ingested/005.json"), e.getMessage());
        assertTrue(e.getMessage().contains("/claims/0/subject"), e.getMessage());
        assertEquals(before, tree(home), "the project is as it was");
        try (Stream<Path> files = Files.list(texts)) {
            assertEquals(5, files.count(), "no text was added");
        }
    }

    @Test
    void aLocalServerShowsTheDraftsToReview() throws Exception {
        Project project = copyProject();
        Path dir = draft(project);
        org.sahelkg.server.KgServer server = org.sahelkg.server.KgServer.start(TestSite.real(),
                new org.sahelkg.server.KgServer.Config("localhost", 0, java.time.Duration.ofSeconds(10),
                        TestSite.HOME.resolve("queries"), null, null, null, dir.getParent()));
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            String base = "http://localhost:" + server.port();
            var page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
                    + "/review?draft=draft")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<mark class=\"mention\" title=\"place/tinzaouatene"), page.body());
            assertTrue(page.body().contains("event/aes-ambassador-recall-2025-04-06"), "the candidates are beside it");
            var list = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/review")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertTrue(list.body().contains("href=\"/review?draft=draft\""), list.body());
            for (String hostile : List.of("..", "../project", "%2e%2e", "draft/..", ".hidden")) {
                var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/review?draft="
                        + hostile)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(404, r.statusCode(), hostile);
            }
        } finally {
            server.stop();
        }
    }

    private Path draft(Project project) throws IOException {
        Drafter drafter = new Drafter(GraphBuilder.build(project).getUnionGraph());
        Article article = Article.read(Path.of("src/test/resources/ingest/en-article.txt"));
        ObjectNode draft = drafter.draft(article, new Drafter.Options("source/005", LocalDate.of(2025, 4, 14), null));
        Path dir = tmp.resolve("draft");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("draft.json"), draft.toPrettyString(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(draft.get("source").get("file").asText()), article.text(),
                StandardCharsets.UTF_8);
        return dir;
    }

    /** Accepts the evidence candidate for {@code event}; its quote. */
    private static String accept(Review review, String event) {
        for (JsonNode c : review.draft().get("candidates")) {
            if (event.equals(c.path("evidenceFor").asText())) {
                review.mark(c.get("id").asText(), "accepted");
                return c.get("record").get("quote").asText();
            }
        }
        throw new AssertionError("no evidence candidate for " + event + ": " + review.draft().get("candidates"));
    }

    /** A copy of the project and of its texts, in the temporary directory. */
    private Project copyProject() throws IOException {
        Path home = tmp.resolve("project");
        for (String d : List.of("ontology", "seeds", "data", "queries")) {
            Review.copy(TestSite.HOME.resolve(d), home.resolve(d));
        }
        Path texts = tmp.resolve("texts");
        Review.copy(TestSite.HOME.resolve("../shared/seeds").normalize(), texts);
        return new Project(home, texts, Project.TextCheck.REQUIRED);
    }

    private static String tree(Path home) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                sb.append(home.relativize(p)).append(' ').append(Files.readString(p).hashCode()).append('\n');
            }
        }
        return sb.toString();
    }
}
