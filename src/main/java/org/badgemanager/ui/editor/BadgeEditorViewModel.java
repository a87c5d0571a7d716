package org.badgemanager.ui.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
import org.badgemanager.badges.Badge;
import org.badgemanager.badges.BadgeService;
import org.badgemanager.badges.BadgeType;
import org.badgemanager.badges.BadgeValidator;
import org.badgemanager.badges.BadgeValidator.Field;
import org.badgemanager.badges.BadgeValidator.Problem;
import org.badgemanager.badges.Languages;
import org.badgemanager.badges.LocalizedText;
import org.badgemanager.badges.ReplaceResult;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.ui.common.ErrorMessage;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.Notifier;
import org.badgemanager.ui.common.TaskRunner;

/**
 * The add/edit form: code, type, and title and value either per language (one tab each) or one text for
 * all languages. Nothing is sent while the form is invalid. An edit is the service's replace (delete + add,
 * the old badge restored if the add fails).
 */
public final class BadgeEditorViewModel {
    public enum Mode { ADD, EDIT }

    private static final List<String> DEFAULT_LANGUAGES = List.of("en", "ru");

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.ADD);
    private final StringProperty code = new SimpleStringProperty("");
    private final ObjectProperty<BadgeType> type = new SimpleObjectProperty<>(BadgeType.PRIMARY);
    private final BooleanProperty sameForAllLanguages = new SimpleBooleanProperty(false);
    private final StringProperty plainTitle = new SimpleStringProperty("");
    private final StringProperty plainValue = new SimpleStringProperty("");
    private final ObservableList<LanguageTexts> languages =
            FXCollections.observableArrayList(t -> new Observable[] {t.titleProperty(), t.valueProperty()});
    private final StringProperty codeServerError = new SimpleStringProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Badge> saved = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<List<Problem>> problems = new SimpleObjectProperty<>(List.of());
    private final Map<Field, StringBinding> errors = new java.util.EnumMap<>(Field.class);
    private final StringBinding previewText;
    private final BooleanBinding valid;

    private final BadgeService service;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final Messages messages;
    private final BiConsumer<String, Badge> onSaved;
    private Badge original;
    /**
     * The badge last loaded into the form, while the user has changed nothing. A badge may mix shapes (a title
     * per language, one value for all) that the form cannot show; untouched, it is sent exactly as it was.
     */
    private Badge untouchedLoad;

    public BadgeEditorViewModel(BadgeService service, TaskRunner tasks, Notifier notifier, Messages messages,
                                BiConsumer<String, Badge> onSaved) {
        this.service = service;
        this.tasks = tasks;
        this.notifier = notifier;
        this.messages = messages;
        this.onSaved = onSaved;
        DEFAULT_LANGUAGES.forEach(l -> languages.add(new LanguageTexts(l, "", "")));
        code.addListener((o, was, now) -> codeServerError.set(null));
        for (Observable input : List.of(code, type, sameForAllLanguages, plainTitle, plainValue, languages)) {
            input.addListener(o -> {
                untouchedLoad = null;
                problems.set(validate());
                forgetRefusal();
            });
        }
        problems.set(validate());
        for (Field field : Field.values()) {
            errors.put(field, createErrorBinding(field));
        }
        previewText = Bindings.createStringBinding(() -> sameForAllLanguages.get() ? plainValue.get()
                : toBadge().value().forLanguage(messages.language()), sameForAllLanguages, plainValue, languages);
        valid = Bindings.createBooleanBinding(() -> problems.get().isEmpty(), problems);
    }

    /** Fills the form from an existing badge; saving will replace it. */
    public void edit(Badge badge) {
        original = badge;
        mode.set(Mode.EDIT);
        load(badge);
    }

    private void load(Badge badge) {
        code.set(badge.code());
        type.set(badge.type());
        boolean plain = badge.title() instanceof LocalizedText.Plain && badge.value() instanceof LocalizedText.Plain;
        languages.clear();
        if (plain) {
            plainTitle.set(badge.title().forLanguage("en"));
            plainValue.set(badge.value().forLanguage("en"));
            DEFAULT_LANGUAGES.forEach(l -> languages.add(new LanguageTexts(l, "", "")));
        } else {
            java.util.Set<String> ids = new java.util.LinkedHashSet<>(badge.title().languages());
            ids.addAll(badge.value().languages());
            for (String id : ids) {
                languages.add(new LanguageTexts(id, textIn(badge.title(), id), textIn(badge.value(), id)));
            }
        }
        sameForAllLanguages.set(plain);
        untouchedLoad = badge;
        problems.set(validate());
    }

    private static String textIn(LocalizedText text, String language) {
        return text instanceof LocalizedText.PerLanguage per ? per.texts().getOrDefault(language, "")
                : text.forLanguage(language);
    }

    public void addLanguage(String language) {
        if (Languages.isKnown(language) && languages.stream().noneMatch(t -> t.language().equals(language))) {
            languages.add(new LanguageTexts(language, "", ""));
        }
    }

    /** Removes a language tab; the last one stays, a badge needs at least one. */
    public void removeLanguage(String language) {
        if (languages.size() > 1) {
            languages.removeIf(t -> t.language().equals(language));
        }
    }

    public List<String> languagesToAdd() {
        return Languages.ALL.keySet().stream()
                .filter(id -> languages.stream().noneMatch(t -> t.language().equals(id))).toList();
    }

    /** The badge the form describes now; texts are sent as a string or as a language map. */
    public Badge toBadge() {
        if (untouchedLoad != null) {
            return untouchedLoad;
        }
        LocalizedText title;
        LocalizedText value;
        if (sameForAllLanguages.get()) {
            title = LocalizedText.of(plainTitle.get().strip());
            value = LocalizedText.of(plainValue.get().strip());
        } else {
            Map<String, String> titles = new LinkedHashMap<>();
            Map<String, String> values = new LinkedHashMap<>();
            for (LanguageTexts t : languages) {
                titles.put(t.language(), t.titleProperty().get().strip());
                values.put(t.language(), t.valueProperty().get().strip());
            }
            title = LocalizedText.of(titles);
            value = LocalizedText.of(values);
        }
        return new Badge(code.get().strip(), title, value, type.get());
    }

    private List<Problem> validate() {
        return BadgeValidator.validate(toBadge());
    }

    public void save() {
        if (!problems.get().isEmpty() || busy.get()) {
            return;
        }
        Badge badge = toBadge();
        if (mode.get() == Mode.EDIT && badge.equals(original)) {
            saved.set(original);
            return;
        }
        if (mode.get() == Mode.ADD) {
            status.set(messages.get("editor.status.adding"));
            tasks.run(() -> service.add(badge)).whileRunning(busy)
                    .onSuccess(added -> finish(null, added, messages.get("editor.added", added.code())))
                    .onFailure(this::showFailure);
        } else {
            Badge old = original;
            status.set(messages.get("editor.status.replacing"));
            tasks.run(() -> service.replace(old, badge)).whileRunning(busy)
                    .onSuccess(result -> afterReplace(old, result))
                    .onFailure(this::showFailure);
        }
    }

    private void afterReplace(Badge old, ReplaceResult result) {
        switch (result.outcome()) {
            case REPLACED -> finish(old.code(), result.current(), messages.get("editor.replaced", result.current().code()));
            case ROLLED_BACK -> {
                markServerError(result.addFailure());
                status.set(messages.get("editor.status.rolledBack"));
                ErrorMessage e = ErrorMessage.of(result.addFailure(), messages);
                notifier.showError(new ErrorMessage(e.code(), e.description(), messages.get("editor.rolledBack")));
            }
            case RESTORE_FAILED -> {
                // The old badge is on no portal now: switch to adding it, so one Save re-creates it.
                onSaved.accept(old.code(), null);
                original = null;
                mode.set(Mode.ADD);
                load(old);
                status.set(messages.get("editor.status.restoreFailed"));
                ErrorMessage e = ErrorMessage.of(result.restoreFailure(), messages);
                notifier.showError(new ErrorMessage(e.code(), e.description(), messages.get("editor.restoreFailed")));
            }
        }
    }

    private void finish(String oldCode, Badge badge, String message) {
        status.set("");
        onSaved.accept(oldCode, badge);
        saved.set(badge);
        notifier.showInfo(message);
    }

    /**
     * "The portal refused…" speaks of the form as it was sent: once the user changes it, that is no longer true,
     * and the message goes (the popup with the code stays in Messages). Progress and restore notes stay.
     */
    private void forgetRefusal() {
        String shown = status.get();
        if (!busy.get() && (shown.equals(messages.get("editor.status.failed"))
                || shown.equals(messages.get("editor.status.rolledBack")))) {
            status.set("");
        }
    }

    private void showFailure(Throwable error) {
        status.set(messages.get("editor.status.failed"));
        markServerError(error);
        notifier.showError(error);
    }

    private void markServerError(Throwable error) {
        if (error instanceof BitrixException e && e.is("BX_INVALID_VALUE")) {
            codeServerError.set(messages.get("editor.codeTaken"));
        } else if (error instanceof BitrixException e && e.descriptionStartsWith("The length of the code")) {
            codeServerError.set(e.description());
        }
    }

    /** The first problem of a field, in words; null when the field is fine. */
    public StringBinding errorOf(Field field) {
        return errors.get(field);
    }

    private StringBinding createErrorBinding(Field field) {
        return Bindings.createStringBinding(() -> {
            if (field == Field.CODE && codeServerError.get() != null) {
                return codeServerError.get();
            }
            return problems.get().stream().filter(p -> p.field() == field).findFirst()
                    .map(p -> messages.get(p.messageKey(), p.language() == null ? ""
                            : Languages.nameOf(p.language()), BadgeValidator.MAX_CODE_LENGTH))
                    .orElse(null);
        }, problems, codeServerError);
    }

    /** The first language tab whose title or value is missing, for the view to mark. */
    public List<String> languagesWithProblems() {
        return problems.get().stream().filter(p -> p.language() != null).map(Problem::language).distinct().toList();
    }

    public StringBinding previewText() {
        return previewText;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public BooleanBinding canSaveProperty() {
        return validProperty().and(busy.not());
    }

    public ObjectProperty<List<Problem>> problemsProperty() {
        return problems;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ObjectProperty<BadgeType> typeProperty() {
        return type;
    }

    public BooleanProperty sameForAllLanguagesProperty() {
        return sameForAllLanguages;
    }

    public StringProperty plainTitleProperty() {
        return plainTitle;
    }

    public StringProperty plainValueProperty() {
        return plainValue;
    }

    public ObservableList<LanguageTexts> languages() {
        return languages;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Badge> savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
