package org.badgemanager.ui.sets;

import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.badgemanager.ui.common.Messages;

/**
 * The Compare badge sets window: the comparison page and the plan page in one window, one showing at a time, so
 * that Back returns to the comparison as the user left it (filter, ticks, selection).
 */
public final class SetsPanel {
    private final CompareViewModel compare;
    private final PlanViewModel plan;
    private final Messages messages;

    public SetsPanel(CompareViewModel compare, PlanViewModel plan, Messages messages) {
        this.compare = compare;
        this.plan = plan;
        this.messages = messages;
    }

    public Parent root() {
        StackPane pages = new StackPane();
        pages.setId("setsPanel");
        CompareView compareView = new CompareView(compare, messages, () -> { });
        Parent comparePage = compareView.root();
        Parent[] planPage = new Parent[1];
        Runnable showCompare = () -> {
            planPage[0].setVisible(false);
            comparePage.setVisible(true);
            compareView.focusTable();
        };
        PlanView planView = new PlanView(plan, messages, showCompare, () -> {
            showCompare.run();
            compare.compare(); // after a run the comparison shows what the target holds now
        });
        planPage[0] = planView.root();
        planPage[0].setVisible(false);
        compareView.setOnReview(() -> {
            LoadedSide target = compare.loadedRightProperty().get();
            plan.show(compare.plan(), target.portal(), target.portal().displayName());
            comparePage.setVisible(false);
            planPage[0].setVisible(true);
            planView.focusSteps();
        });
        // with a selection to copy, the plan is what the user came for: straight to it once compared
        compare.onComparedForCopy(() -> {
            if (compare.canPlan().get()) {
                compareView.review();
            }
        });
        pages.getChildren().addAll(comparePage, planPage[0]);
        return pages;
    }
}
