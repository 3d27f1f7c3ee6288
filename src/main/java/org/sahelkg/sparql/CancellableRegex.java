package org.sahelkg.sparql;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * {@code REGEX} and {@code REPLACE} (and their function forms {@code fn:matches}, {@code fn:replace},
 * {@code sparql:regex}, {@code sparql:replace}) with Java's regex engine reading the text through
 * {@link CancellableText}, so that the query's timeout stops a catastrophic match as it stops everything else.
 * ARQ's own implementations match a plain {@link String}, which no timeout can interrupt: with
 * {@code ^(a|a)+\1$}, the time doubles with every {@code a}. The expressions are swapped in by the optimizer of a
 * guarded context ({@link #optimizer}), before ARQ's own rewrites: its constant folding would otherwise run a
 * constant {@code REGEX} while the query is being planned. Semantics are ARQ's: the same pattern compilation
 * ({@link RegexEngine#makePattern}), flags, errors and result literals.
 */
final class CancellableRegex {
    private static final String FN = ARQConstants.fnPrefix;
    private static final String SPARQL = "http://www.w3.org/ns/sparql#";

    private CancellableRegex() {
    }

    /** ARQ's optimizer {@code standard}, run after REGEX and REPLACE are replaced by their cancellable forms. */
    static RewriteFactory optimizer(RewriteFactory standard) {
        return context -> {
            Rewrite then = standard.create(context);
            return op -> then.rewrite(rewrite(op));
        };
    }

    /** {@code op} with every regular-expression call cancellable. */
    static Op rewrite(Op op) {
        return Transformer.transform(new TransformCopy(), new Swap(), op);
    }

    /** Replaces each regular-expression call by its cancellable form, its arguments already transformed. */
    private static final class Swap extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            String iri = func instanceof E_Function f ? f.getFunctionIRI() : null;
            if ((func instanceof E_Regex || (FN + "matches").equals(iri) || (SPARQL + "regex").equals(iri))
                    && (args.size() == 2 || args.size() == 3)) {
                return new Matches(args);
            }
            if ((func instanceof E_StrReplace || (FN + "replace").equals(iri) || (SPARQL + "replace").equals(iri))
                    && (args.size() == 3 || args.size() == 4)) {
                return new Replace(args);
            }
            return super.transform(func, args);
        }
    }

    /** The shared part: the pattern, compiled once while its text and flags stay the same, and the text to read. */
    private abstract static class RegexCall extends ExprFunctionN {
        private final String label;
        private final int flagsArg;
        private volatile Compiled last;

        private record Compiled(String pattern, String flags, Pattern compiled) {
        }

        RegexCall(String name, String label, int flagsArg, ExprList args) {
            super(name, args);
            this.label = label;
            this.flagsArg = flagsArg;
        }

        /** Only evaluated while a query runs: planning (constant folding) has no timeout to stop it. */
        @Override
        public NodeValue eval(List<NodeValue> args) {
            throw new ExprEvalException(label + ": evaluated when the query runs");
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node text = NodeValueOps.checkAndGetStringLiteral(label, args.get(0));
            String pattern = NodeValueOps.checkAndGetStringLiteral(label, args.get(1)).getLiteralLexicalForm();
            String flags = args.size() > flagsArg
                    ? NodeValueOps.checkAndGetStringLiteral(label, args.get(flagsArg)).getLiteralLexicalForm() : null;
            Compiled c = last;
            if (c == null || !c.pattern().equals(pattern) || !java.util.Objects.equals(c.flags(), flags)) {
                c = new Compiled(pattern, flags, RegexEngine.makePattern(label, pattern, flags));
                last = c;
            }
            CharSequence chars = cancellable(text.getLiteralLexicalForm(), env);
            return apply(args, c.compiled().matcher(chars), text);
        }

        abstract NodeValue apply(List<NodeValue> args, Matcher matcher, Node text);

        private static CharSequence cancellable(String text, FunctionEnv env) {
            AtomicBoolean signal = env instanceof ExecutionContext ec ? ec.getCancelSignal()
                    : env != null ? Context.getCancelSignal(env.getContext()) : null;
            return signal == null ? text : new CancellableText(text, signal);
        }
    }

    /** {@code REGEX(text, pattern [, flags])}: true when the pattern matches somewhere in the text. */
    static final class Matches extends RegexCall {
        Matches(ExprList args) {
            super("regex", "REGEX", 2, args);
        }

        @Override
        NodeValue apply(List<NodeValue> args, Matcher matcher, Node text) {
            return NodeValue.booleanReturn(matcher.find());
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Matches(newArgs);
        }
    }

    /** {@code REPLACE(text, pattern, replacement [, flags])}, keeping the text's language tag or datatype. */
    static final class Replace extends RegexCall {
        Replace(ExprList args) {
            super("replace", "REPLACE", 3, args);
        }

        @Override
        NodeValue apply(List<NodeValue> args, Matcher matcher, Node text) {
            String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
            // As ARQ's XSDFuncOp.replaceAll: the first match is replaced even when empty, later empty ones are not.
            StringBuilder out = null;
            try {
                while (matcher.find()) {
                    if (out == null) {
                        out = new StringBuilder();
                    } else if (matcher.start() == matcher.end()) {
                        continue;
                    }
                    matcher.appendReplacement(out, replacement);
                }
                if (out == null) {
                    return args.get(0);
                }
                matcher.appendTail(out);
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage(), e);
            }
            String result = out.toString();
            if (result.equals(text.getLiteralLexicalForm())) {
                return args.get(0);
            }
            return NodeValue.makeNode(NodeFactory.createLiteral(result, text.getLiteralLanguage(),
                    text.getLiteralBaseDirection(), text.getLiteralDatatype()));
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs);
        }
    }
}
