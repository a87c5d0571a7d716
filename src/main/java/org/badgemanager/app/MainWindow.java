package org.badgemanager.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.SafetyNets;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.session.PortalSession;
import org.badgemanager.settings.SettingsStore;
import org.badgemanager.settings.Profile;
import org.badgemanager.ui.activities.ActivitiesView;
import org.badgemanager.ui.activities.ActivitiesViewModel;
import org.badgemanager.ui.badges.BadgesView;
import org.badgemanager.ui.badges.BadgesViewModel;
import org.badgemanager.ui.badges.EditRecovery;
import org.badgemanager.ui.badges.RecentlyDeletedView;
import org.badgemanager.ui.badges.RecentlyDeletedViewModel;
import org.badgemanager.ui.common.DialogService;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.FxDialogService;
import org.badgemanager.ui.common.FxNotifier;
import org.badgemanager.ui.common.Fxml;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.connection.ConnectionView;
import org.badgemanager.ui.connection.ConnectionViewModel;
import org.badgemanager.ui.editor.BadgeEditorView;
import org.badgemanager.ui.editor.BadgeEditorViewModel;
import org.badgemanager.ui.notices.MessagesPanel;
import org.badgemanager.ui.notices.NoticeHistory;
import org.badgemanager.ui.requests.RequestLogPanel;
import org.badgemanager.ui.requests.RequestLogViewModel;
import org.badgemanager.ui.sets.SetExport;
import org.badgemanager.ui.theme.Appearance;
import org.badgemanager.ui.theme.ThemeChoice;

/**
 * The main window and the composition of its screens: header with the connection, the badge and activity tabs,
 * and the dialogs it opens (connection, badge editor). Rebuilt from scratch when the UI language changes.
 */
public final class MainWindow {
    private static final double DEFAULT_WIDTH = 1100;
    private static final double DEFAULT_HEIGHT = 680;
    /** Primer's -color-bg-default, so the window does not flash another colour before its views show. */
    private static final Color EMPTY_FRAME_LIGHT = Color.web("#ffffff");
    private static final Color EMPTY_FRAME_DARK = Color.web("#0d1117");

    @FXML private Label connectionLabel;
    @FXML private Label finishingLabel;
    @FXML private Button switchConnectionButton;
    @FXML private Button messagesButton;
    @FXML private Button requestLogButton;
    @FXML private Label messagesCount;
    @FXML private MenuButton languageMenu;
    @FXML private MenuItem englishItem;
    @FXML private MenuItem russianItem;
    @FXML private RadioMenuItem lightThemeItem;
    @FXML private RadioMenuItem darkThemeItem;
    @FXML private RadioMenuItem systemThemeItem;
    @FXML private Tab badgesTab;
    @FXML private MenuButton setsMenu;
    @FXML private MenuItem exportAllItem;
    @FXML private MenuItem exportSelectedItem;
    @FXML private MenuItem exportCsvItem;
    @FXML private MenuItem importItem;
    @FXML private MenuItem compareItem;
    @FXML private MenuItem copyItem;
    @FXML private Tab activitiesTab;

    private final Stage stage;
    private final AppServices services;
    private final Messages messages;
    private final Notifier notifier;
    private final BadgesViewModel badges;
    private final ActivitiesViewModel activities;
    private final EditRecovery recovery;
    private final NoticeHistory history;
    private final Windows windows;
    private final DialogService dialogs;
    private PortalSession session;
    private SetsScreens sets;
    private ConnectionHeader header;
    private SignInAgainDialog signInAgain;
    private Scene scene;
    private List<Image> icons;
    /** Whether {@link #show()} has put the views in the window; until then what needs them waits in the list. */
    private boolean viewsShown;
    /** The Activities tab's view, being built on a worker after connecting; null before. */
    private ViewAhead activitiesAhead;
    private BadgesView badgesView;
    private final List<Runnable> untilViewsShown = new ArrayList<>();

    public MainWindow(Stage stage, AppServices services, Messages messages) {
        this(stage, services, messages, new NoticeHistory());
    }

    /** {@code history}: the session's messages, kept when the window is rebuilt for another language. */
    private MainWindow(Stage stage, AppServices services, Messages messages, NoticeHistory history) {
        this.stage = stage;
        this.services = services;
        this.messages = messages;
        this.history = history;
        this.windows = new Windows(stage, messages);
        this.notifier = new FxNotifier(() -> stage, messages, history);
        this.dialogs = new FxDialogService(() -> stage, messages);
        this.badges = new BadgesViewModel(services.tasks(), notifier, dialogs, messages);
        this.activities = ActivitiesViewModel.create(services.tasks(), notifier, dialogs, messages,
                services.dirs().backups(), org.badgemanager.locks.PortalLocks.in(services.dirs().data()));
        this.recovery = new EditRecovery(services.tasks(), notifier, messages);
        Appearance.ensureApplied();
    }

    /**
     * Builds the window's views and scene without showing them. Runs on any thread (nodes may be built off the FX
     * thread until they are in a showing window): at start-up it runs on a worker while the FX thread opens the
     * window, see {@link #showEmptyFrame()}.
     */
    public MainWindow build() {
        Parent root = Fxml.load(this, "/org/badgemanager/ui/MainView.fxml", messages);
        StartupProbe.mark("main view loaded");
        ((Region) root).setPrefSize(DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene = windows.mainScene(root);
        badgesView = new BadgesView(badges, messages, () -> openEditor(null), this::openEditor);
        badgesView.setOnRecentlyDeleted(this::openRecentlyDeleted);
        badges.setOnWhereUsed(this::showWhereUsed);
        activities.whereUsed().onBadgeDeleted(badges::remove);
        badgesTab.setContent(badgesView.root());
        wireBadgeSets(badgesView);
        // switching language rebuilds the window; a bulk run's report must not go to a discarded view
        languageMenu.disableProperty().bind(activities.bulk().runningProperty()
                .or(activities.whereUsed().runningProperty()));
        // not built with the window: its view is large, and the first frame should not wait for it; built ahead on a
        // worker once a portal is open and put in the tab a piece per pulse (see useSession), else when first opened
        activitiesTab.setOnSelectionChanged(e -> {
            if (activitiesTab.isSelected() && activitiesAhead != null) {
                activitiesAhead.open();
            } else if (activitiesTab.isSelected() && activitiesTab.getContent() == null) {
                activitiesTab.setContent(new ActivitiesView(activities, messages).root());
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            if (badges.canAddProperty().get()) {
                openEditor(null);
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), () -> {
            if (activitiesTab.isSelected()) {
                activities.search(); // F5 refreshes what the user is looking at
            } else {
                badges.refresh();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                badgesView::focusSearch);
        icons = Icons.ALL; // decoded here, once per process: at start-up on the worker, not on the FX thread
        StartupProbe.mark("badge view loaded");
        return this;
    }

    /** The Badge sets menu, its keys and the table's Copy and Export selected (issue 15). */
    private void wireBadgeSets(BadgesView badgesView) {
        sets = new SetsScreens(services, windows, messages, notifier, dialogs, () -> session, badges, history);
        var connected = badges.connectedProperty();
        var noSelection = badgesView.hasSelection().not().or(connected.not());
        exportAllItem.setOnAction(e -> sets.exportAll(SetExport.Format.JSON));
        exportAllItem.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        exportCsvItem.setOnAction(e -> sets.exportAll(SetExport.Format.CSV));
        exportSelectedItem.setOnAction(e -> sets.exportSelected(badgesView.selectedBadges()));
        importItem.setOnAction(e -> sets.importFile());
        importItem.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        compareItem.setOnAction(e -> sets.compare());
        copyItem.setOnAction(e -> sets.copyToAnotherPortal(badgesView.selectedBadges()));
        copyItem.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        for (MenuItem item : List.of(exportAllItem, exportCsvItem, compareItem)) {
            item.disableProperty().bind(connected.not());
        }
        exportSelectedItem.disableProperty().bind(noSelection);
        copyItem.disableProperty().bind(noSelection);
        MenuItem copy = new MenuItem(messages.get("sets.menu.copy"));
        copy.setId("copyToPortalItem");
        copy.setOnAction(e -> sets.copyToAnotherPortal(badgesView.selectedBadges()));
        copy.disableProperty().bind(noSelection);
        MenuItem exportSelected = new MenuItem(messages.get("sets.menu.exportSelected"));
        exportSelected.setOnAction(e -> sets.exportSelected(badgesView.selectedBadges()));
        exportSelected.disableProperty().bind(noSelection);
        badgesView.addToContextMenu(copy, exportSelected);
    }

    /**
     * Opens the window at its size and background colour, before its views are built: the native window and
     * the renderer start (a good part of start-up) while a worker runs {@link #build()}; {@link #show()} then
     * puts the views in.
     */
    public void showEmptyFrame() {
        Scene empty = new Scene(new Region(), DEFAULT_WIDTH, DEFAULT_HEIGHT,
                Appearance.darkProperty().get() ? EMPTY_FRAME_DARK : EMPTY_FRAME_LIGHT);
        stage.setTitle(messages.get("app.title"));
        stage.setScene(empty);
        stage.show();
        StartupProbe.mark("empty frame shown");
    }

    /**
     * Start-up, once the views' first frame is drawn: the badge table's first rows made ahead while it waits for its
     * first badges, so that they do not stall the window when they come (see {@link BadgesView#makeRowsAhead()}).
     * FX thread.
     */
    public void makeBadgeRowsAhead() {
        badgesView.makeRowsAhead();
    }

    /** Shows the window (building it first unless {@link #build()} ran), not yet connected. FX thread. */
    public MainWindow show() {
        if (scene == null) {
            build();
        }
        stage.setTitle(messages.get("app.title"));
        stage.getIcons().setAll(icons);
        stage.setScene(scene);
        stage.show();
        QuitGuard.install(stage, services.connections().safetyNets().inFlight());
        StartupProbe.mark("views in the window");
        viewsShown = true;
        untilViewsShown.forEach(Runnable::run);
        untilViewsShown.clear();
        String movedAside = services.connections().takeSettingsProblem();
        if (movedAside != null) {
            // The app started with empty settings: without a word the saved profiles would just seem to vanish.
            notifier.showError(new ErrorMessage(messages.get("settings.unreadable.title"),
                    messages.get("settings.unreadable.text", movedAside), messages.get("settings.unreadable.advice")));
        }
        return this;
    }

    @FXML
    private void initialize() {
        connectionLabel.setId("connectionLabel");
        Label unencryptedMark = new Label();
        unencryptedMark.setId("unencryptedMark");
        unencryptedMark.getStyleClass().add("unencrypted-mark");
        var headerRow = ((javafx.scene.layout.Pane) connectionLabel.getParent()).getChildren();
        headerRow.add(headerRow.indexOf(connectionLabel) + 1, unencryptedMark);
        header = new ConnectionHeader(connectionLabel, unencryptedMark, messages);
        finishingLabel.setText(messages.get("quit.finishing", QuitGuard.LIMIT.toSeconds()));
        finishingLabel.managedProperty().bind(finishingLabel.visibleProperty());
        switchConnectionButton.setOnAction(e -> openConnectionDialog());
        messagesButton.setOnAction(e -> openMessages());
        requestLogButton.setOnAction(e -> openRequestLog());
        messagesCount.textProperty().bind(history.count().asString());
        messagesCount.visibleProperty().bind(history.count().greaterThan(0));
        messagesCount.managedProperty().bind(messagesCount.visibleProperty());
        messagesButton.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> messages.get("notices.button.accessible", history.count().get()), history.count()));
        englishItem.setOnAction(e -> switchLanguage(Locale.ENGLISH));
        russianItem.setOnAction(e -> switchLanguage(Locale.forLanguageTag("ru")));
        Map<ThemeChoice, RadioMenuItem> themeItems = Map.of(ThemeChoice.LIGHT, lightThemeItem, ThemeChoice.DARK,
                darkThemeItem, ThemeChoice.SYSTEM, systemThemeItem);
        themeItems.get(Appearance.choiceProperty().get()).setSelected(true);
        themeItems.forEach((choice, item) -> item.setOnAction(e -> chooseTheme(choice)));
    }

    private void chooseTheme(ThemeChoice choice) {
        Appearance.choose(choice);
        services.tasks().run(() -> {
            services.connections().updateSettings(s -> s.withTheme(choice.settingsValue()));
            return choice;
        }).onFailure(notifier::showError);
    }

    /**
     * The app icon in the sizes desktops pick from (taskbar, title bar, switcher), decoded on first use and
     * shared: a window rebuilt for another language does not decode them again.
     */
    private static final class Icons {
        static final List<Image> ALL = load();

        private static List<Image> load() {
            List<Image> icons = new ArrayList<>();
            for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
                var url = MainWindow.class.getResource("/org/badgemanager/icons/icon-" + size + ".png");
                if (url != null) {
                    icons.add(new Image(url.toExternalForm()));
                }
            }
            return List.copyOf(icons);
        }
    }

    /** Connects without the dialog (the --sandbox option, tests). Runs the connection off the FX thread. */
    public void connectDirectly(ConnectionRequest request) {
        services.tasks().run(() -> services.connections().open(request))
                .onSuccess(this::useSession)
                .onFailure(notifier::showError);
    }

    /**
     * At start: opens the last portal without the dialog when the user wants that and its secrets can be read (off
     * the FX thread); otherwise the dialog, saying why when a saved secret is gone.
     */
    public void openLastPortalOrDialog() {
        services.tasks().run(() -> {
            Profile last = services.connections().settings().profileToStartWith();
            if (last == null) {
                return new StartChoice(null, null);
            }
            ConnectionRequest restored = services.connections().restore(last);
            return services.connections().canConnectUnattended(restored) ? new StartChoice(restored, null)
                    : new StartChoice(null, messages.get("connection.secretGone", last.name()));
        }).onSuccess(choice -> {
            if (choice.request() == null) {
                openConnectionDialog(choice.notice());
                return;
            }
            header.opening(choice.request().name());
            services.tasks().run(() -> services.connections().open(choice.request()))
                    .onSuccess(this::useSession)
                    .onFailure(error -> {
                        connectionLabel.setText(messages.get("app.notConnected"));
                        notifier.showError(error);
                        openConnectionDialog(null);
                    });
        }).onFailure(error -> {
            notifier.showError(error);
            openConnectionDialog(null);
        });
    }

    /** What start-up does: open this request, or show the dialog with this notice. */
    private record StartChoice(ConnectionRequest request, String notice) {
    }

    public void useSession(PortalSession newSession) {
        if (!viewsShown) {
            // connected in the dialog that opened with the window, before its views were in: they come shortly
            untilViewsShown.add(() -> useSession(newSession));
            return;
        }
        this.session = newSession;
        header.watch(newSession, this::offerSignInAgain);
        PacingNotices.watch(newSession, notifier, messages);
        activities.connect(newSession.activities(), newSession.displayName());
        if (activitiesAhead == null && activitiesTab.getContent() == null) {
            // a tab the user opens next: its first opening should not stall the window for its build
            activitiesAhead = ViewAhead.intoTab(activitiesTab, "activities-view-build",
                    () -> ActivitiesView.loaded(activities, messages), view -> view.bind().root(),
                    badges.loadedOnceProperty());
        }
        activities.whereUsed().connect(newSession.client(), newSession.activities(), newSession.badges(),
                newSession.displayName());
        // what a killed run left is settled first, so the table then shows the portal as it ends up; until then the
        // table shows nothing, so that no edit or delete acts on rows of the portal left behind
        badges.connect(null);
        recovery.settle(newSession.badges(), () -> {
            if (session == newSession) {
                badges.connect(newSession.badges());
            }
        });
    }

    /**
     * At start, before any connect: names the portals where a change was cut off last time, so that the next start
     * does not stay silent about it; the change itself is settled on connecting to that portal.
     */
    public void tellAboutInterruptedChanges() {
        SafetyNets nets = services.connections().safetyNets();
        services.tasks().run(() -> new LeftBehind(nets.portalsWithPendingEdits(), nets.filesKeptAside()))
                .onSuccess(left -> {
                    if (!left.portals().isEmpty()) {
                        notifier.showError(new ErrorMessage(messages.get("recovery.code.attention"),
                                messages.get("recovery.atStart", String.join(", ", left.portals())),
                                messages.get("recovery.NOT_SETTLED.advice")));
                    }
                    if (!left.keptAside().isEmpty()) {
                        notifier.showError(new ErrorMessage(messages.get("recovery.code.attention"),
                                messages.get("recovery.keptAside", String.join(", ", left.keptAside())),
                                messages.get("recovery.keptAside.advice")));
                    }
                })
                .onFailure(notifier::showError);
    }

    /** What an earlier run left that the user must hear of at start. */
    private record LeftBehind(Set<String> portals, List<String> keptAside) {
    }

    public ActivitiesViewModel activities() {
        return activities;
    }

    BadgesViewModel badges() {
        return badges;
    }

    /** Brings the Activities tab to the front (its view is built on first opening). */
    void showActivitiesTab() {
        activitiesTab.getTabPane().getSelectionModel().select(activitiesTab);
    }

    /** "Where is it used?": the Activities tab, its search set to the badge, the carriers found. */
    void showWhereUsed(String code) {
        showActivitiesTab();
        activities.showWhereUsed(code);
    }

    /** Import of a chosen badge-set file: the Compare window with the file on the left, this portal on the right. */
    public void importBadgeSet(java.nio.file.Path file) {
        sets.importFile(file);
    }

    public PortalSession session() {
        return session;
    }

    public Stage stage() {
        return stage;
    }

    /** The session's messages, newest last, to read again and copy. */
    public void openMessages() {
        windows.panel("messagesPanel", messages.get("notices.title"),
                close -> new MessagesPanel(history, messages).root(close), 640, 420, () -> { });
    }

    /** Every REST call of the session, live; Copy as cURL and Save diagnostics. */
    public void openRequestLog() {
        RequestLogViewModel model = new RequestLogViewModel(services.connections().requestLog(), services.tasks(),
                notifier, dialogs, messages, new RequestLogViewModel.Sources(services.dirs().data().resolve("logs"),
                SettingsStore.in(services.dirs()).file()));
        windows.panel("requestLogPanel", messages.get("requests.title"),
                close -> new RequestLogPanel(model, messages).root(close), 960, 560, model::stop);
    }

    /**
     * After the OAuth server refused to renew the sign-in: offers to sign in again over the window in front, so an
     * open editor keeps what was typed.
     */
    private void offerSignInAgain() {
        if (session == null || signInAgain != null && signInAgain.isShowing()) {
            return;
        }
        PortalSession refused = session;
        javafx.stage.Window front = javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.isFocused()).findFirst().orElse(stage);
        header.signingIn(refused.displayName());
        signInAgain = new SignInAgainDialog(front, refused, services.connections(), services.tasks(), messages,
                () -> {
                    header.showConnected();
                    notifier.showInfo(messages.get("signInAgain.done", refused.displayName()));
                });
        signInAgain.whenClosed(() -> {
            if (session == refused) {
                header.showConnected();
            }
        });
        signInAgain.show();
    }

    /** The connection dialog; profiles are read off the FX thread before it opens. */
    public void openConnectionDialog() {
        openConnectionDialog(null);
    }

    /** The connection dialog with a notice above the form (e.g. why the last portal was not opened), or null. */
    public void openConnectionDialog(String notice) {
        ConnectionDialog dialog = prepareConnectionDialog();
        services.tasks().run(() -> services.connections().profiles())
                .onSuccess(p -> showConnectionDialog(dialog, notice))
                .onFailure(e -> {
                    notifier.showError(e);
                    windowFor(dialog).show();
                });
    }

    /**
     * The connection dialog's view model and view, not yet in a window. Any thread: at the start of a new user (no
     * portal to go back to) a worker builds it first, so that it opens with the main window, see
     * {@link BadgeManagerApp}.
     */
    ConnectionDialog prepareConnectionDialog() {
        return prepareConnectionDialog(() -> { });
    }

    /**
     * As {@link #prepareConnectionDialog()}; {@code beforeStyling} runs between the dialog's build and its
     * styling (at start-up: waiting for the styling warm-up, as no two threads may style at once, see
     * {@link StylingWarmUp}).
     */
    ConnectionDialog prepareConnectionDialog(Runnable beforeStyling) {
        // the view model comes first (the view needs it) and speaks through the dialog made for its view
        Windows.PreparedDialog[] prepared = new Windows.PreparedDialog[1];
        ConnectionViewModel model = new ConnectionViewModel(services.connections(), services.tasks(),
                new FxNotifier(() -> prepared[0].stage(), messages, history), messages, connected -> {
                    prepared[0].stage().close();
                    useSession(connected);
                });
        StartupProbe.mark("connection model made");
        model.signingInProperty().addListener((o, was, now) -> {
            if (!viewsShown) {
                return; // the header is not in the window yet; it starts as "not connected"
            }
            if (now) {
                header.signingInThroughBrowser();
            } else {
                header.showCurrent();
            }
        });
        prepared[0] = windows.prepareDialog(messages.get("connection.title"),
                close -> new ConnectionView(model, messages, services.secrets().kind(), close).root());
        StartupProbe.mark("connection view loaded");
        beforeStyling.run();
        prepared[0].style();
        return new ConnectionDialog(model, prepared[0]);
    }

    /** The connection dialog's parts, built ahead of its window. */
    record ConnectionDialog(ConnectionViewModel model, Windows.PreparedDialog prepared) {
    }

    /**
     * Opens a prepared connection dialog with the saved profiles, which must be read by now (the settings are read
     * once, off the FX thread), and {@code notice} above the form, or null. FX thread.
     */
    void showConnectionDialog(ConnectionDialog dialog, String notice) {
        StartupProbe.mark("connection dialog opening");
        Stage window = windowFor(dialog);
        dialog.model().loadProfiles();
        if (notice != null) {
            dialog.model().tell(notice);
        }
        window.show();
    }

    private Stage windowFor(ConnectionDialog dialog) {
        Stage window = windows.dialog(dialog.prepared());
        window.setOnShown(e -> StartupProbe.mark("connection dialog shown"));
        // closing the dialog while it waits means "never mind": the late answer must not switch the connection
        window.setOnHidden(e -> dialog.model().cancelWaiting());
        return window;
    }

    /** The add form (badge null) or the edit form, modal over the main window. */
    public void openEditor(Badge badge) {
        if (session == null) {
            return;
        }
        BadgeEditorViewModel model = new BadgeEditorViewModel(session.badges(), services.tasks(), notifier, messages,
                (oldCode, saved) -> {
                    if (saved == null) {
                        badges.remove(oldCode);
                    } else if (oldCode == null) {
                        badges.put(saved);
                    } else {
                        badges.replace(oldCode, saved);
                    }
                });
        if (badge != null) {
            model.edit(badge);
        }
        String title = badge == null ? messages.get("editor.titleAdd") : messages.get("editor.titleEdit", badge.code());
        windows.dialog(title, close -> new BadgeEditorView(model, messages, close).root()).show();
    }

    /** The connected portal's Recently deleted list, modal over the main window. */
    public void openRecentlyDeleted() {
        if (session == null) {
            return;
        }
        new RecentlyDeletedView(new RecentlyDeletedViewModel(session.badges(), services.tasks(), notifier, messages,
                badges::put), messages).show(stage);
    }

    private void switchLanguage(Locale locale) {
        services.tasks().run(() -> {
            services.connections().updateSettings(s -> s.withUiLanguage(locale.getLanguage()));
            return locale;
        }).onFailure(notifier::showError);
        MainWindow rebuilt = new MainWindow(stage, services, Messages.forLocale(locale), history).show();
        if (session != null) {
            rebuilt.useSession(session);
        }
    }
}
