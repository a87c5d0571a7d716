package org.badgemanager.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.badgemanager.badgesets.ApplyPlan;
import org.badgemanager.badgesets.ApplyReport;
import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.badgesets.PlanApplier;
import org.badgemanager.badgesets.PlanOptions;
import org.badgemanager.badgesets.PlanStep;
import org.badgemanager.badgesets.PlannedCall;
import org.badgemanager.badgesets.StepOutcome;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.session.PortalSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code apply FILE}: makes the portal hold the file's badges through the same plan and applier as the window
 * (journaled replaces and deletes, batches, a re-run changes nothing). Prints the plan first; asks in a terminal,
 * runs without asking where stdin is known not to be a terminal (CI on Linux), and refuses without {@code --yes}
 * where it cannot tell (see {@link StdinProbe}). {@code --dry-run} stops after the plan.
 */
@Command(name = ApplyCommand.NAME, mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class ApplyCommand implements Callable<Integer> {
    static final String NAME = "apply";
    /** In the data folder: the target's badges before each run, as a badge-set file that undoes it. */
    static final String BEFORE_APPLY_FOLDER = "badge-sets";

    @ArgGroup(multiplicity = "1")
    ConnectionOptions connection;

    @Parameters(paramLabel = "FILE", arity = "1", descriptionKey = "option.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "option.dryRun")
    boolean dryRun;

    @Option(names = "--delete-extra", descriptionKey = "option.deleteExtra")
    boolean deleteExtra;

    @Option(names = "--yes", descriptionKey = "option.yes")
    boolean yes;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    private final CliContext context;
    private final Texts texts;

    ApplyCommand(CliContext context, Texts texts) {
        this.context = context;
        this.texts = texts;
    }

    @Override
    public Integer call() {
        BadgeSet wanted = SetFileReader.read(file, texts);
        if (!dryRun && !yes && context.terminal().stdin() == Terminal.Stdin.UNKNOWN) {
            // the safe side: rather refuse than change a portal that someone at a terminal was not asked about
            throw new CliFailure(ExitCodes.BAD_INPUT, texts.get("apply.needsYes"));
        }
        Output out = new Output(context.terminal(), json);
        try (PortalConnector connector = new PortalConnector(context, texts)) {
            // a run that changes the portal holds its lock from before the first read, so the plan it shows is
            // the one it applies (no other window or command changes the portal meanwhile)
            PortalSession session = dryRun ? connector.open(connection) : connector.openToChange(connection);
            FileAgainstPortal sides = FileAgainstPortal.compare(file, wanted, session, connector);
            ApplyPlan plan = ApplyPlan.from(sides.comparison(), PlanOptions.defaults().withDeleteExtra(deleteExtra));
            ObjectNode document = sides.document();
            document.put("dryRun", dryRun);
            document.set("plan", plan.toJson());
            describe(plan, out);
            if (plan.isEmpty()) {
                document.putNull("report");
                out.document(document);
                return ExitCodes.DONE;
            }
            if (dryRun) {
                document.putNull("report");
                out.document(document);
                return ExitCodes.DIFFERENCES_OR_PARTIAL;
            }
            if (!yes && context.terminal().interactive() && !new Confirmation(context.terminal()).ask(
                    texts.get("apply.confirm", plan.steps().size(), session.displayName()), texts.get("apply.yes"))) {
                out.progress(texts.get("apply.declined"));
                return ExitCodes.DIFFERENCES_OR_PARTIAL;
            }
            // the report is printed before the interruption watch ends: after Ctrl+C the process ends with it
            try (Interruption interruption = Interruption.watch(context.terminal(), texts.get("apply.stopping"))) {
                ApplyReport report;
                try {
                    report = new PlanApplier(session.badges(), session.client())
                            .withBackup(context.dirs().data().resolve(BEFORE_APPLY_FOLDER), session.displayName())
                            .apply(plan, (done, total, latest) -> out.progress(texts.get("apply.progress", done,
                                    total)), interruption.asked());
                } catch (BitrixException e) {
                    // only thrown while reading the target before the first change: nothing was sent
                    throw new CliFailure(ExitCodes.CANNOT_CONNECT, texts.get("connect.failed", e.code(),
                            e.description()));
                }
                if (report.backupFile() != null) {
                    out.line(texts.get("apply.backup", report.backupFile()));
                }
                report.outcomes().forEach(o -> out.line(outcome(o)));
                document.set("report", report.toJson());
                out.document(document);
                return report.complete() ? ExitCodes.DONE : ExitCodes.DIFFERENCES_OR_PARTIAL;
            }
        }
    }

    private void describe(ApplyPlan plan, Output out) {
        if (plan.isEmpty()) {
            out.line(texts.get("apply.nothing"));
            return;
        }
        out.line(texts.get(dryRun ? "apply.planDry" : "apply.plan", plan.steps(PlanStep.Kind.ADD).size(),
                plan.steps(PlanStep.Kind.REPLACE).size(), plan.steps(PlanStep.Kind.DELETE).size()));
        for (PlanStep step : plan.steps()) {
            out.line("  " + texts.get("apply.step." + step.kind().name(), step.code()));
            for (PlannedCall call : step.calls()) {
                out.line("    " + call.display() + (call.inBatch() ? " " + texts.get("apply.inBatch") : ""));
            }
        }
    }

    private String outcome(StepOutcome o) {
        String line = texts.get("apply.result." + o.result().name(), o.code(),
                texts.get("apply.kind." + o.kind().name()));
        StringBuilder text = new StringBuilder(line);
        if (o.bitrixCode() != null) {
            text.append(" — ").append(o.bitrixCode());
        }
        if (o.description() != null) {
            text.append(' ').append(o.description());
        }
        if (o.reasonKey() != null && texts.appWords().containsKey(o.reasonKey())) {
            text.append(" (").append(texts.appWords().getString(o.reasonKey())).append(')');
        }
        return text.toString();
    }
}
