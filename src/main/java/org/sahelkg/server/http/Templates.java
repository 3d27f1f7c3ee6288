package org.sahelkg.server.http;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The page templates ({@code src/main/resources/templates/*.peb}), rendered with Pebble with
 * auto-escaping on: every value from the data is HTML-escaped unless a template says otherwise, and none
 * does. Undefined variables are errors, so a typo fails a test instead of printing nothing.
 */
public final class Templates {
    private final PebbleEngine engine;

    public Templates() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("templates");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(true)
                .newLineTrimming(true)
                .cacheActive(true)
                .extension(new Isolation())
                .build();
    }

    /**
     * The {@code isolate} filter: text wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068,
     * U+2069), for the places where an element cannot carry {@code dir="auto"} (the document title, SVG
     * text and tooltips, options), so that a right-to-left override in the data cannot reorder what follows.
     */
    static final class Isolation extends AbstractExtension {
        @Override
        public Map<String, Filter> getFilters() {
            return Map.of("isolate", new Filter() {
                @Override
                public List<String> getArgumentNames() {
                    return List.of();
                }

                @Override
                public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                                    EvaluationContext context, int lineNumber) {
                    return input == null ? null : "\u2068" + input + "\u2069";
                }
            });
        }
    }

    /** The page {@code name} rendered with {@code model}. */
    public String render(String name, Map<String, Object> model) {
        PebbleTemplate template = engine.getTemplate(name);
        StringWriter out = new StringWriter(32 * 1024);
        try {
            template.evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
