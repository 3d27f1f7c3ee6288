package org.sahelkg.sparql;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.library.strSplit;
import org.apache.jena.sparql.util.IterLib;

/**
 * {@code apf:strSplit} as ARQ's, but the split reads the text through {@link CancellableText}: its separator is a
 * regular expression the client writes, and {@code String.split} with {@code ^(a|a)+\1$} backtracks for years,
 * deaf to the query's timeout. Same answers otherwise: each token trimmed, a literal subject matched against them.
 */
final class CancellableStrSplit extends strSplit {
    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, PropFuncArg object,
                                       ExecutionContext execCxt) {
        Node text = object.getArg(0);
        Node separator = object.getArg(1);
        if (!text.isLiteral() || !separator.isLiteral()) {
            return IterLib.noResults(execCxt);
        }
        List<String> tokens;
        try {
            AtomicBoolean signal = execCxt.getCancelSignal();
            CharSequence chars = signal == null ? text.getLiteralLexicalForm()
                    : new CancellableText(text.getLiteralLexicalForm(), signal);
            tokens = Arrays.stream(Pattern.compile(separator.getLiteralLexicalForm()).split(chars))
                    .map(String::trim).toList();
        } catch (PatternSyntaxException e) {
            return IterLib.noResults(execCxt);
        }
        if (Var.isVar(subject)) {
            Var var = Var.alloc(subject);
            return QueryIterPlainWrapper.create(Iter.map(tokens.iterator(),
                    token -> BindingFactory.binding(binding, var, NodeFactory.createLiteralString(token))), execCxt);
        }
        return subject.isLiteral() && tokens.contains(subject.getLiteralLexicalForm())
                ? IterLib.result(binding, execCxt) : IterLib.noResults(execCxt);
    }
}
