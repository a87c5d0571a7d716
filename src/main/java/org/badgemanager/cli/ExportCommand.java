package org.badgemanager.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.badgemanager.badges.Badge;
import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.badgesets.BadgeSetFiles;
import org.badgemanager.badgesets.BadgeSetJson;
import org.badgemanager.bitrix.Json;
import org.badgemanager.session.PortalSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export -o FILE}: the portal's badges (or some of them) to a badge-set file, JSON or CSV by the name;
 * {@code -o -} writes the JSON file's content to stdout.
 */
@Command(name = ExportCommand.NAME, mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class ExportCommand implements Callable<Integer> {
    static final String NAME = "export";
    private static final String STDOUT = "-";

    @ArgGroup(multiplicity = "1")
    ConnectionOptions connection;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, descriptionKey = "option.output")
    String output;

    @Option(names = "--code", paramLabel = "CODE", descriptionKey = "option.codes")
    List<String> codes;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    private final CliContext context;
    private final Texts texts;

    ExportCommand(CliContext context, Texts texts) {
        this.context = context;
        this.texts = texts;
    }

    @Override
    public Integer call() {
        if (STDOUT.equals(output) && json) {
            throw new CliFailure(ExitCodes.BAD_INPUT, texts.get("export.stdoutAndJson"));
        }
        Output out = new Output(context.terminal(), json);
        try (PortalConnector connector = new PortalConnector(context, texts)) {
            PortalSession session = connector.open(connection);
            BadgeSet set = chosen(connector.read(() -> BadgeSet.fromPortal(session.badges())));
            if (STDOUT.equals(output)) {
                context.terminal().out().print(BadgeSetJson.format(set));
                context.terminal().out().flush();
                out.progress(texts.get("export.wroteStdout", set.size()));
                return ExitCodes.DONE;
            }
            Path file = Path.of(output);
            try {
                BadgeSetFiles.write(set, file);
            } catch (IOException e) {
                throw new CliFailure(ExitCodes.BAD_INPUT, texts.get("export.cannotWrite", file, e.getMessage()));
            }
            out.line(texts.get("export.wrote", set.size(), file));
            ObjectNode document = Json.object();
            document.put("portal", session.displayName());
            document.put("file", file.toAbsolutePath().toString());
            document.put("format", BadgeSetFiles.kindOf(file).name().toLowerCase(java.util.Locale.ROOT));
            document.put("count", set.size());
            set.badges().stream().map(Badge::code).forEach(document.putArray("codes")::add);
            out.document(document);
            return ExitCodes.DONE;
        }
    }

    /** The badges named with --code, each of which must be on the portal. */
    private BadgeSet chosen(BadgeSet all) {
        if (codes == null || codes.isEmpty()) {
            return all;
        }
        Set<String> wanted = new LinkedHashSet<>(codes);
        List<String> missing = wanted.stream().filter(c -> all.find(c).isEmpty()).toList();
        if (!missing.isEmpty()) {
            throw new CliFailure(ExitCodes.BAD_INPUT, texts.get("export.noSuchCodes", String.join(", ", missing)));
        }
        return all.only(wanted);
    }
}
