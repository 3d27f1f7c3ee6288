package org.sahelkg.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.sahelkg.query.Catalog;
import org.sahelkg.query.CatalogQuery;
import org.sahelkg.query.QueryParameter;

/**
 * {@code GET /catalog.json}: the catalog of {@code queries/*.rq}, read once at start, for the editor's
 * list of questions: {@code {"queries": [{"name", "title", "question", "parameters": [{"name",
 * "description", "default"}], "returns", "text"}]}}.
 */
final class CatalogServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient byte[] json;

    CatalogServlet(Catalog catalog) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode queries = root.putArray("queries");
        for (CatalogQuery query : catalog.queries()) {
            ObjectNode q = queries.addObject();
            q.put("name", query.name());
            q.put("title", query.title());
            q.put("question", query.question());
            ArrayNode params = q.putArray("parameters");
            for (QueryParameter p : query.parameters()) {
                params.addObject().put("name", p.name()).put("description", p.description())
                        .put("default", p.defaultValue());
            }
            q.put("returns", query.returns());
            q.put("text", query.text());
        }
        try {
            this.json = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json; charset=utf-8");
        response.setContentLength(json.length);
        response.setHeader("Cache-Control", "no-cache");
        response.getOutputStream().write(json);
    }
}
