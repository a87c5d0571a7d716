package org.badgemanager.ui.connection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.badgemanager.connection.ConnectionKindSupport;
import org.badgemanager.connection.ConnectionKinds;
import org.badgemanager.connection.KindForm;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.session.ConnectionService;
import org.badgemanager.session.PortalSession;
import org.badgemanager.settings.ConnectionKind;
import org.badgemanager.settings.Profile;
import org.badgemanager.settings.SkippedProfile;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.common.Pending;
import org.badgemanager.ui.common.TaskRunner;

/**
 * The connection dialog: pick a saved profile or fill in a new one, test it, connect. Each kind of connection
 * brings its own part of the form ({@link KindForm}); this model only knows which kind is chosen. A saved profile's
 * secrets are read off the FX thread (a keyring may take seconds), and the form says so meanwhile.
 */
public final class ConnectionViewModel {
    private record Connected(PortalSession session, String who) {
    }

    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> selectedProfile = new SimpleObjectProperty<>();
    private final ObjectProperty<ConnectionKind> kind = new SimpleObjectProperty<>(ConnectionKind.SANDBOX);
    private final Map<ConnectionKind, KindForm> forms = new LinkedHashMap<>();
    private final StringProperty profileName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper testFailed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper signingIn = new ReadOnlyBooleanWrapper();
    private final BooleanProperty startWithLastPortal = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper settingsNotice = new ReadOnlyStringWrapper("");
    private final ConnectionService service;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final Messages messages;
    private final Consumer<PortalSession> onConnected;
    /** The test or connect being waited for. */
    private final CancellableWait waiting;
    private String waitingKey;
    /** Counts profile loads, so that only the newest one ends the reading state. */
    private int loads;
    private final StringBinding problem;
    private final StringBinding addressNote;
    private final BooleanBinding valid;
    private final BooleanBinding needsSignIn;

    public ConnectionViewModel(ConnectionService service, TaskRunner tasks, Notifier notifier, Messages messages,
                               Consumer<PortalSession> onConnected) {
        this(service, tasks, notifier, messages, onConnected, System::nanoTime);
    }

    /** {@code nanoClock}: where the seconds of a wait are read from (tests move it by hand). */
    public ConnectionViewModel(ConnectionService service, TaskRunner tasks, Notifier notifier, Messages messages,
                               Consumer<PortalSession> onConnected, LongSupplier nanoClock) {
        this.waiting = new CancellableWait(busy, nanoClock);
        this.service = service;
        this.tasks = tasks;
        this.notifier = notifier;
        this.messages = messages;
        this.onConnected = onConnected;
        for (ConnectionKindSupport support : ConnectionKinds.all()) {
            KindForm form = support.newForm(messages, service.context(null));
            forms.put(support.kind(), form);
            for (Observable input : form.inputs()) {
                input.addListener(o -> testResult.set(""));
            }
        }
        kind.addListener(o -> testResult.set(""));
        selectedProfile.addListener((o, was, now) -> load(now));
        problem = Bindings.createStringBinding(() -> current().problem().get(), dependencies(KindForm::problem));
        addressNote = Bindings.createStringBinding(() -> current().addressNote().get(),
                dependencies(KindForm::addressNote));
        valid = Bindings.createBooleanBinding(() -> current().complete().get(), dependencies(KindForm::complete));
        needsSignIn = Bindings.createBooleanBinding(() -> current().needsSignIn().get(),
                dependencies(KindForm::needsSignIn));
    }

    private Observable[] dependencies(java.util.function.Function<KindForm, Observable> part) {
        Observable[] all = new Observable[forms.size() + 1];
        all[0] = kind;
        int i = 1;
        for (KindForm form : forms.values()) {
            all[i++] = part.apply(form);
        }
        return all;
    }

    private KindForm current() {
        return forms.get(kind.get());
    }

    /** The part of the form of one kind (its fields are its own). */
    public KindForm form(ConnectionKind of) {
        return forms.get(of);
    }

    /** The part of the form of one kind, as its own type. */
    public <F extends KindForm> F form(ConnectionKind of, Class<F> type) {
        return type.cast(forms.get(of));
    }

    /** Loads the saved profiles (blocking file read: call from a background thread or at start-up). */
    public void loadProfiles() {
        profiles.setAll(service.profiles());
        settingsNotice.set(service.skippedProfiles().stream().map(this::describeSkipped)
                .collect(Collectors.joining("\n")));
        startWithLastPortal.set(service.settings().startsWithLastPortal());
        String last = service.settings().lastProfileId();
        profiles.stream().filter(p -> p.id().equals(last)).findFirst().ifPresent(selectedProfile::set);
    }

    /** A notice above the form, e.g. why the app did not open the last portal by itself. */
    public void tell(String notice) {
        settingsNotice.set(settingsNotice.get().isEmpty() ? notice : notice + "\n" + settingsNotice.get());
    }

    private void load(Profile profile) {
        if (profile == null) {
            loads++;
            reading.set(false);
            profileName.set("");
            forms.values().forEach(form -> form.load(null));
            return;
        }
        profileName.set(profile.name());
        kind.set(profile.kind());
        int load = ++loads;
        reading.set(true);
        testFailed.set(false);
        testResult.set(messages.get("connection.reading"));
        tasks.run(() -> service.restore(profile)).onSuccess(saved -> {
            if (selectedProfile.get() == profile) {
                form(profile.kind()).load(saved.details());
                testResult.set("");
            }
        }).onFailure(error -> {
            testResult.set("");
            notifier.showError(error);
        }).onDone(() -> {
            if (load == loads) {
                reading.set(false);
            }
        });
    }

    private String describeSkipped(SkippedProfile skipped) {
        return messages.get("connection.profileSkipped", skipped.label(),
                messages.get("connection.profileSkipped." + skipped.problem()));
    }

    public ConnectionRequest toRequest() {
        Profile selected = selectedProfile.get();
        boolean sameKind = selected != null && selected.kind() == kind.get();
        return new ConnectionRequest(sameKind ? selected.id() : null, profileName.get(), current().toDetails());
    }

    /** The chosen kind's problem in words, or null; shown inline while typing, never for an empty field. */
    public StringBinding problem() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** True when Connect first signs in through the browser. */
    public BooleanBinding needsSignIn() {
        return needsSignIn;
    }

    private boolean canStart() {
        return validProperty().get() && !busy.get() && !reading.get();
    }

    public void testConnection() {
        if (!canStart()) {
            return;
        }
        ConnectionRequest request = toRequest();
        await("connection.waiting.test", tasks.run(() -> {
            PortalSession session = service.open(request);
            return new Connected(session, service.probe(session));
        }), done -> {
            keepWhatOpeningAdded(done.session());
            testFailed.set(false);
            testResult.set(messages.get("connection.testOk", done.who()));
        });
    }

    public void connect() {
        if (!canStart()) {
            return;
        }
        ConnectionRequest request = service.identified(toRequest());
        boolean remember = startWithLastPortal.get();
        await("connection.waiting.connect", tasks.run(() -> {
            PortalSession session = service.open(request);
            String who = service.probe(session);
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("cancelled before the profile was saved");
            }
            service.remember(session.request());
            service.updateSettings(s -> s.withStartWithLastPortal(remember));
            return new Connected(session, who);
        }), done -> {
            keepWhatOpeningAdded(done.session());
            testFailed.set(false);
            testResult.set(messages.get("connection.testOk", done.who()));
            onConnected.accept(done.session());
        });
    }

    /** A test that signed in keeps the tokens in the form, so that Connect does not sign in a second time. */
    private void keepWhatOpeningAdded(PortalSession session) {
        if (session.kind() == kind.get()) {
            current().load(session.request().details());
        }
    }

    /** Keeps the form busy and says for how long until the work ends or {@link #cancelWaiting()} is called. */
    private <T> void await(String key, Pending<T> pending, Consumer<T> onSuccess) {
        waitingKey = signsIn() ? "connection.waiting.signIn" : key;
        signingIn.set(signsIn());
        pending.onDone(() -> signingIn.set(false));
        waiting.start(pending, onSuccess, this::showFailure);
        updateElapsed();
    }

    /** Whether Connect or Test will first sign in through the browser. */
    private boolean signsIn() {
        return current().needsSignIn().get();
    }

    /** Refreshes "Connecting… 3 s" while waiting; the view calls it a few times a second. */
    public void updateElapsed() {
        if (waiting.isWaiting()) {
            testResult.set(messages.get(waitingKey, String.valueOf(waiting.seconds())));
        }
    }

    /** Stops the test or connect in flight (its worker is interrupted) and gives the form back. */
    public void cancelWaiting() {
        if (waiting.cancel()) {
            signingIn.set(false);
            testFailed.set(true);
            testResult.set(messages.get("connection.cancelled"));
        }
    }

    public void forgetSelected() {
        Profile profile = selectedProfile.get();
        if (profile == null) {
            return;
        }
        tasks.run(() -> {
            service.forget(profile);
            return profile;
        }).onSuccess(p -> {
            profiles.remove(p);
            selectedProfile.set(null);
        }).onFailure(notifier::showError);
    }

    private void showFailure(Throwable error) {
        ErrorMessage e = ErrorMessage.of(error, messages);
        testFailed.set(true);
        testResult.set(messages.get("connection.testFailed", e.code(), e.description(), e.advice()));
        notifier.showError(e);
    }

    public ObservableList<Profile> profiles() { return profiles; }
    public ObjectProperty<Profile> selectedProfileProperty() { return selectedProfile; }
    public ObjectProperty<ConnectionKind> kindProperty() { return kind; }
    public StringProperty profileNameProperty() { return profileName; }
    public ReadOnlyStringProperty testResultProperty() { return testResult.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty testFailedProperty() { return testFailed.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** True while a test or connect waits for the sign-in in the browser. */
    public ReadOnlyBooleanProperty signingInProperty() { return signingIn.getReadOnlyProperty(); }
    /** True while a saved profile's secrets are being read. */
    public ReadOnlyBooleanProperty readingProperty() { return reading.getReadOnlyProperty(); }
    public BooleanProperty startWithLastPortalProperty() { return startWithLastPortal; }
    public ReadOnlyStringProperty settingsNoticeProperty() { return settingsNotice.getReadOnlyProperty(); }
    public StringBinding addressNote() { return addressNote; }
}
