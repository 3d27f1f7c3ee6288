package org.sahelkg.cmd;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.sahelkg.iri.Graphs;
import org.sahelkg.load.Project;
import org.sahelkg.server.KgClient;
import org.sahelkg.server.graph.DumpWriter;
import org.sahelkg.server.graph.JsonLdWriter;
import org.sahelkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export}: writes the whole graph in an RDF syntax, or every dump with its checksums, from the store or from
 * a running server.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Write the whole graph: trig, nq and jsonld keep the named graphs; ttl and nt "
                + "write their union as one graph. JSON-LD uses the graph's published context.",
                "With --dumps DIR, write the dumps the server offers (sahel-kg.trig, sahel-kg.nq, sahel-kg.ttl, "
                        + "sahel-kg.jsonld) and their SHA256SUMS into DIR.",
                "With --endpoint URL, export the graph of the running server at URL (from its checked TriG dump) "
                        + "instead of opening the store."})
final class ExportCommand implements Callable<Integer> {
    /** The syntaxes {@code export} writes (Jena formats looked up late: {@code --help} stays fast). */
    enum Format {
        TTL(false), NT(false), TRIG(true), NQ(true), JSONLD(true);

        final boolean dataset;

        Format(boolean dataset) {
            this.dataset = dataset;
        }

        RDFFormat rdfFormat() {
            return switch (this) {
                case TTL -> RDFFormat.TURTLE_PRETTY;
                case NT -> RDFFormat.NTRIPLES;
                case TRIG -> RDFFormat.TRIG_PRETTY;
                case NQ -> RDFFormat.NQUADS;
                case JSONLD -> RDFFormat.JSONLD11_PRETTY;
            };
        }

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @ParentCommand
    Main main;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "ttl, nt, trig, nq or jsonld.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    Path out;

    @Option(names = "--dumps", paramLabel = "DIR",
            description = "Write every dump and SHA256SUMS into DIR (instead of --format).")
    Path dumps;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Export the graph of the running sahel-kg serve whose SPARQL endpoint is URL, such as "
                    + KgClient.EXAMPLE + ", from its dump; not with --store or --home.")
    String endpoint;

    @Override
    public Integer call() throws IOException {
        if ((format == null) == (dumps == null) || (dumps != null && out != null)) {
            throw new ParameterException(main.spec.commandLine(),
                    "export: give either --format FORMAT (and --out FILE if you like) or --dumps DIR");
        }
        if (endpoint != null) {
            String local = storeOptions.store != null ? "--store" : projectOptions.home != null ? "--home" : null;
            if (local != null) {
                throw new ParameterException(main.spec.commandLine(), Main.notWithEndpoint(local));
            }
            return export(new KgClient(endpoint).dataset());
        }
        Project project = projectOptions.project();
        try (Store store = main.store(storeOptions.dir(project))) {
            store.ensureFresh(project);
            return export(store.open());
        }
    }

    private int export(DatasetGraph dataset) throws IOException {
        if (dumps != null) {
            for (DumpWriter.Dump d : DumpWriter.write(dataset, dumps)) {
                main.out.printf("%-16s %10d bytes  sha256 %s%n", d.kind().name(), d.bytes(), d.sha256());
            }
            main.out.flush();
            return Main.OK;
        }
        if (out == null) {
            write(dataset, main.out);
            main.out.flush();
            return Main.OK;
        }
        Path target = out.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            write(dataset, stream);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        return Main.OK;
    }

    private void write(DatasetGraph dataset, OutputStream stream) {
        Txn.executeRead(dataset, () -> {
            if (format == Format.JSONLD) {
                JsonLdWriter.write(dataset, stream, null);
            } else if (format.dataset) {
                RDFDataMgr.write(stream, dataset, format.rdfFormat());
            } else {
                RDFDataMgr.write(stream, Graphs.union(dataset), format.rdfFormat());
            }
        });
    }
}
