package org.sahelkg.sparql;

import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * The property function registry of the public endpoint and of the project's rules and checks: every property
 * function ARQ knows ({@code apf:strSplit}, {@code list:member} …), except that a {@code <java:some.ClassName>}
 * predicate is an ordinary predicate, which matches nothing, instead of a class that ARQ's registry would load
 * by name and run ({@code ?x <java:org.apache.jena.sparql.pfunction.library.strSplit> ("a,b" ",")} answered).
 * ARQ asks {@link #manages} while it compiles the query, so no class is loaded, not even to be refused.
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

    @Override
    public PropertyFunctionFactory get(String uri) {
        return NoJavaFunctions.javaScheme(uri) ? null : standard.get(uri);
    }

    @Override
    public boolean isRegistered(String uri) {
        return !NoJavaFunctions.javaScheme(uri) && standard.isRegistered(uri);
    }
}
