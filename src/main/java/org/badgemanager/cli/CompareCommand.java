package org.badgemanager.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.badgesets.SetComparison;
import org.badgemanager.session.PortalSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compare FILE}: the file (left) against the portal (right). Exit 0 when both hold the same badges, 1 when
 * they differ in either direction; the file is read and checked before the portal is asked.
 */
@Command(name = CompareCommand.NAME, mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class CompareCommand implements Callable<Integer> {
    static final String NAME = "compare";

    @ArgGroup(multiplicity = "1")
    ConnectionOptions connection;

    @Parameters(paramLabel = "FILE", arity = "1", descriptionKey = "option.file")
    Path file;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    private final CliContext context;
    private final Texts texts;

    CompareCommand(CliContext context, Texts texts) {
        this.context = context;
        this.texts = texts;
    }

    @Override
    public Integer call() {
        BadgeSet wanted = SetFileReader.read(file, texts);
        Output out = new Output(context.terminal(), json);
        try (PortalConnector connector = new PortalConnector(context, texts)) {
            PortalSession session = connector.open(connection);
            FileAgainstPortal sides = FileAgainstPortal.compare(file, wanted, session, connector);
            SetComparison comparison = sides.comparison();
            String left = texts.get("side.file");
            String right = texts.get("side.portal");
            new ComparisonText(texts).lines(comparison, left, right).forEach(out::line);
            ObjectNode document = sides.document();
            document.put("same", comparison.isSame());
            document.set("comparison", comparison.toJson());
            out.document(document);
            return comparison.isSame() ? ExitCodes.DONE : ExitCodes.DIFFERENCES_OR_PARTIAL;
        }
    }
}
