package org.sahelkg.sparql;

import java.util.Set;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * The property function registry of the public endpoint and of the project's rules and checks: every property
 * function ARQ knows ({@code apf:strSplit}, {@code list:member} …), except that a {@code <java:some.ClassName>}
 * predicate is an ordinary predicate, which matches nothing, instead of a class that ARQ's registry would load
 * by name and run ({@code ?x <java:org.apache.jena.sparql.pfunction.library.strSplit> ("a,b" ",")} answered).
 * ARQ asks {@link #manages} while it compiles the query, so no class is loaded, not even to be refused. And
 * {@code apf:strSplit}, whose separator is a client's regular expression, is {@link CancellableStrSplit}: the
 * query's timeout stops its split.
 */
public final class NoJavaPropertyFunctions extends PropertyFunctionRegistry {
    private final PropertyFunctionRegistry standard;

    public NoJavaPropertyFunctions(PropertyFunctionRegistry standard) {
        this.standard = standard;
    }

    @Override
    public boolean manages(String uri) {
        return !NoJavaFunctions.javaScheme(uri) && standard.manages(uri);
    }

    /** ARQ's {@code strSplit}, under its current and its old namespace. */
    private static final Set<String> STR_SPLIT = Set.of("http://jena.apache.org/ARQ/property#strSplit",
            "http://jena.hpl.hp.com/ARQ/property#strSplit");

    @Override
    public PropertyFunctionFactory get(String uri) {
        if (NoJavaFunctions.javaScheme(uri)) {
            return null;
        }
        return STR_SPLIT.contains(uri) ? u -> new CancellableStrSplit() : standard.get(uri);
    }

    @Override
    public boolean isRegistered(String uri) {
        return !NoJavaFunctions.javaScheme(uri) && standard.isRegistered(uri);
    }
}
