package org.sahelkg.sparql;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.util.Context;

/**
 * What every SPARQL the product runs is held to, the public endpoint's queries as the project's own rules and
 * checks: no {@code SERVICE} call out, no class loaded by name ({@code java:} functions and property functions),
 * and regular expressions that the query's timeout stops (ARQ's run outside it). One place, so that the server,
 * {@code load}, {@code validate} and {@code reason} cannot drift apart.
 */
public final class SafeSparql {
    /** The keyword, to point at it in a file that uses it. */
    public static final Pattern SERVICE = Pattern.compile("(?i)\\bSERVICE\\b");

    private SafeSparql() {
    }

    /** Sets the guards on {@code context} (an endpoint's, a dataset's or one execution's) and returns it. */
    public static Context guard(Context context) {
        context.set(Service.httpServiceAllowed, false);
        FunctionRegistry.set(context, new NoJavaFunctions(FunctionRegistry.get()));
        PropertyFunctionRegistry.set(context, new NoJavaPropertyFunctions(PropertyFunctionRegistry.get()));
        context.set(ARQConstants.sysOptimizerFactory, CancellableRegex.optimizer(Optimize.stdOptimizationFactory));
        return context;
    }

    /** A new context with the guards. */
    public static Context context() {
        return guard(new Context());
    }

    /** True when {@code query} calls out with {@code SERVICE} anywhere, {@code EXISTS} and subqueries included. */
    public static boolean callsOut(Query query) {
        return callsOut(Algebra.compile(query));
    }

    /** True when the pattern {@code where} (a rule's {@code WHERE}) calls out with {@code SERVICE} anywhere. */
    public static boolean callsOut(Element where) {
        return callsOut(Algebra.compile(where));
    }

    private static boolean callsOut(Op op) {
        AtomicBoolean found = new AtomicBoolean();
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                found.set(true);
            }
        }, new ExprVisitorBase());
        return found.get();
    }
}
