package org.sahelkg.sparql;

import java.util.Locale;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * The function registry of the public endpoint and of the project's rules and checks: every function ARQ
 * knows, except that a {@code <java:some.ClassName>} call does not load and run a class by name, as ARQ's own
 * registry would (the function is unknown, so the call has no value). {@link NoJavaPropertyFunctions} does
 * the same for property functions, a registry of their own. Script functions ({@code jsFunction#}, …) stay off as
 * well: ARQ only registers them when the {@code jena:scripting} system property is set, and nothing here
 * sets it.
 */
public final class NoJavaFunctions extends FunctionRegistry {
    private static final String JAVA_SCHEME = "java:";

    private final FunctionRegistry standard;

    public NoJavaFunctions(FunctionRegistry standard) {
        this.standard = standard;
    }

    @Override
    public FunctionFactory get(String uri) {
        if (javaScheme(uri)) {
            return null;
        }
        return standard.get(uri);
    }

    @Override
    public boolean isRegistered(String uri) {
        return get(uri) != null && standard.isRegistered(uri);
    }

    /** True for a {@code java:} IRI (any case), which ARQ's registries would resolve by loading the class; and null. */
    static boolean javaScheme(String uri) {
        return uri == null || uri.toLowerCase(Locale.ROOT).startsWith(JAVA_SCHEME);
    }
}
