package org.badgemanager.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.badgemanager.activities.BulkDeleteReport;
import org.badgemanager.activities.BulkDeletion;
import org.badgemanager.activities.DeleteOutcome;
import org.badgemanager.activities.DeleteOutcome.Status;
import org.badgemanager.bitrix.Json;
import org.badgemanager.session.PortalSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code delete-activities}: by ids and ranges or by the Activities search's filters, always with a backup of
 * the full records written to disk before the first delete (the same {@link BulkDeletion} as the window). Asks
 * for the number of activities on a terminal; {@code --yes} skips the question; without a terminal and without
 * {@code --yes} it refuses before connecting.
 */
@Command(name = DeleteActivitiesCommand.NAME, mixinStandardHelpOptions = true, sortOptions = false,
        usageHelpAutoWidth = true)
final class DeleteActivitiesCommand implements Callable<Integer> {
    static final String NAME = "delete-activities";

    @ArgGroup(multiplicity = "1")
    ConnectionOptions connection;

    @Mixin
    ActivityCriteria criteria;

    @Option(names = "--backup-dir", paramLabel = "DIR", descriptionKey = "option.backupDir")
    Path backupDir;

    @Option(names = "--yes", descriptionKey = "option.yes")
    boolean yes;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    private final CliContext context;
    private final Texts texts;

    DeleteActivitiesCommand(CliContext context, Texts texts) {
        this.context = context;
        this.texts = texts;
    }

    @Override
    public Integer call() throws IOException {
        ActivityCriteria.Selection selection = criteria.read(texts);
        if (!yes && !context.terminal().interactive()) {
            throw new CliFailure(ExitCodes.BAD_INPUT, texts.get("delete.needsYes"));
        }
        Output out = new Output(context.terminal(), json);
        Path folder = backupDir != null ? backupDir : context.dirs().backups();
        try (PortalConnector connector = new PortalConnector(context, texts)) {
            PortalSession session = connector.openToChange(connection);
            List<Long> ids = resolve(selection, session, out);
            if (ids.isEmpty()) {
                out.line(texts.get("delete.nothing"));
                out.document(document(session, ids, null));
                return ExitCodes.DONE;
            }
            if (!yes && !new Confirmation(context.terminal()).ask(
                    texts.get("delete.confirm", ids.size(), session.displayName(), folder), String.valueOf(ids.size()))) {
                out.progress(texts.get("delete.declined"));
                return ExitCodes.DIFFERENCES_OR_PARTIAL;
            }
            // the report is printed before the interruption watch ends: after Ctrl+C the process ends with it
            try (Interruption interruption = Interruption.watch(context.terminal(), texts.get("delete.stopping"))) {
                BulkDeletion.Result result;
                try {
                    result = new BulkDeletion(session.activities(), context.clock()).run(ids, folder,
                            session.displayName(), interruption.asked(), (phase, done, total) ->
                                    out.progress(texts.get("delete.progress." + phase.name(), done, total)));
                } catch (IOException | UncheckedIOException e) {
                    throw new CliFailure(ExitCodes.DIFFERENCES_OR_PARTIAL, texts.get("delete.backupFailed", folder,
                            e.getMessage()));
                }
                DeleteReportText.Report report = new DeleteReportText(texts, context.clock()).lines(result, folder);
                report.lines().forEach(out::line);
                ObjectNode doc = document(session, ids, result);
                doc.put("unsettledFile", report.unsettledFile() == null ? null : report.unsettledFile().toString());
                out.document(doc);
                boolean allSettled = result.report().outcomes().stream()
                        .allMatch(o -> DeleteReportText.SETTLED.contains(o.status()));
                return allSettled ? ExitCodes.DONE : ExitCodes.DIFFERENCES_OR_PARTIAL;
            }
        }
    }

    private List<Long> resolve(ActivityCriteria.Selection selection, PortalSession session, Output out) {
        if (selection.ids() != null) {
            return selection.ids();
        }
        ActivityFinder finder = new ActivityFinder(session);
        if (selection.badge() != null) {
            out.progress(texts.get("delete.searchingBadge", selection.badge()));
            ActivityFinder.Carriers carriers = finder.carrying(selection.badge(), selection.completed());
            if (carriers.unchecked() > 0) {
                out.progress(texts.get("delete.uncheckedCarriers", carriers.unchecked()));
            }
            return carriers.ids();
        }
        return finder.matching(selection.filter(), n -> out.progress(texts.get("delete.found", n)));
    }

    private static ObjectNode document(PortalSession session, List<Long> ids, BulkDeletion.Result result) {
        ObjectNode doc = Json.object();
        doc.put("portal", session.displayName());
        doc.put("requested", ids.size());
        doc.put("backup", result == null || result.backupFile() == null ? null : result.backupFile().toString());
        doc.put("backedUp", result == null ? 0 : result.backedUp());
        BulkDeleteReport r = result == null ? null : result.report();
        doc.put("cancelled", r != null && r.cancelled());
        if (r != null && r.stoppedBy() != null) {
            doc.putObject("stoppedBy").put("code", r.stoppedBy().code()).put("description", r.stoppedBy().description());
        } else {
            doc.putNull("stoppedBy");
        }
        ObjectNode counts = doc.putObject("counts");
        if (r != null) {
            r.counts().forEach((status, n) -> counts.put(status.name(), n));
        }
        ArrayNode outcomes = doc.putArray("outcomes");
        if (r != null) {
            for (DeleteOutcome o : r.outcomes()) {
                ObjectNode line = outcomes.addObject();
                line.put("id", o.id());
                line.put("status", o.status().name());
                line.put("code", o.code());
                line.put("description", o.description());
            }
        }
        // every id not gone, one a line, when there are too many to print (see DeleteReportText)
        doc.putNull("unsettledFile");
        return doc;
    }
}
