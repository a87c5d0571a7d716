package org.badgemanager.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.badgemanager.badges.Badge;
import org.badgemanager.bitrix.Json;
import org.badgemanager.session.PortalSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code list}: the portal's badges, one per line, or as JSON. */
@Command(name = ListCommand.NAME, mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class ListCommand implements Callable<Integer> {
    static final String NAME = "list";

    @ArgGroup(multiplicity = "1")
    ConnectionOptions connection;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    private final CliContext context;
    private final Texts texts;

    ListCommand(CliContext context, Texts texts) {
        this.context = context;
        this.texts = texts;
    }

    @Override
    public Integer call() {
        Output out = new Output(context.terminal(), json);
        try (PortalConnector connector = new PortalConnector(context, texts)) {
            PortalSession session = connector.open(connection);
            List<Badge> badges = connector.read(session.badges()::list);
            if (badges.isEmpty()) {
                out.line(texts.get("list.none"));
            }
            int width = badges.stream().mapToInt(b -> b.code().length()).max().orElse(0);
            for (Badge b : badges) {
                out.line(String.format("%-" + width + "s  %-9s  %s — %s", b.code(), b.type().wireName(),
                        Output.display(b.title(), texts), Output.display(b.value(), texts)));
            }
            ObjectNode document = Json.object();
            document.put("portal", session.displayName());
            document.put("count", badges.size());
            ArrayNode list = document.putArray("badges");
            badges.forEach(b -> list.add(b.toJson()));
            out.document(document);
        }
        return ExitCodes.DONE;
    }
}
