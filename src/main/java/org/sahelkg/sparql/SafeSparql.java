package org.sahelkg.sparql;

import java.util.ArrayDeque;
import java.util.Deque;
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
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementExists;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementNotExists;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
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

    /**
     * How many graph patterns {@code query} has (groups, UNION branches, OPTIONAL, MINUS, GRAPH, subqueries,
     * EXISTS …; a block of triple patterns counts once), counted without recursion. ARQ compiles each into one more
     * level of nesting, which its walkers then visit by recursion: a 10,000-branch UNION overflowed the stack.
     */
    public static int patterns(Query query) {
        Deque<Object> todo = new ArrayDeque<>();
        if (query.getQueryPattern() != null) {
            todo.push(query.getQueryPattern());
        }
        int n = 0;
        while (!todo.isEmpty()) {
            Object next = todo.pop();
            if (next instanceof Expr expr) {
                if (expr instanceof ExprFunctionOp op && op.getElement() != null) {
                    todo.push(op.getElement());
                }
                if (expr instanceof ExprFunction f) {
                    f.getArgs().forEach(todo::push);
                }
                continue;
            }
            n++;
            switch (next) {
                case ElementGroup g -> g.getElements().forEach(todo::push);
                case ElementUnion u -> u.getElements().forEach(todo::push);
                case ElementOptional o -> todo.push(o.getOptionalElement());
                case ElementMinus m -> todo.push(m.getMinusElement());
                case ElementNamedGraph g -> todo.push(g.getElement());
                case ElementService s -> todo.push(s.getElement());
                case ElementLateral l -> todo.push(l.getLateralElement());
                case ElementExists e -> todo.push(e.getElement());
                case ElementNotExists e -> todo.push(e.getElement());
                case ElementFilter f -> todo.push(f.getExpr());
                case ElementBind b -> todo.push(b.getExpr());
                case ElementSubQuery q when q.getQuery().getQueryPattern() != null ->
                        todo.push(q.getQuery().getQueryPattern());
                default -> {
                }
            }
        }
        return n;
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
