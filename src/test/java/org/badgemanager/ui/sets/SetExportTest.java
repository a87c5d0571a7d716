package org.badgemanager.ui.sets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.badgemanager.badges.Badge;
import org.badgemanager.badgesets.BadgeSet;
import org.badgemanager.badgesets.BadgeSetFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Export from the window: what lands in the chosen file, and what the user is told. */
class SetExportTest {
    private final SetsRig rig = new SetsRig();

    SetExportTest() throws Exception {
    }

    @AfterEach
    void close() {
        rig.close();
    }

    private SetExport export() {
        return new SetExport(rig.tasks, rig.notifier, rig.dialogs, rig.messages);
    }

    @Test
    void exportsEveryBadgeOfThePortalToTheChosenFile() throws Exception {
        Path file = rig.home.resolve("all.json");
        rig.dialogs.chosen = Optional.of(file);

        export().exportAll(rig.connected, SetExport.Format.JSON);

        assertThat(BadgeSetFiles.read(file)).isEqualTo(BadgeSet.fromPortal(rig.connected.badges()));
        assertThat(rig.notifier.infos).containsExactly("Exported 7 badges to all.json.");
    }

    @Test
    void exportsTheSelectedBadgesAsTranslatorsCsvAddingTheEndingWhenMissing() throws Exception {
        List<Badge> selected = BadgeSet.fromPortal(rig.connected.badges()).badges().subList(0, 2);
        rig.dialogs.chosen = Optional.of(rig.home.resolve("for-translators"));

        export().exportSelected("Sandbox", selected, SetExport.Format.CSV);

        Path written = rig.home.resolve("for-translators.csv");
        assertThat(Files.readString(written)).startsWith("code,type,language,title,value");
        assertThat(BadgeSetFiles.read(written).badges()).isEqualTo(selected);
    }

    @Test
    void aCancelledChooserWritesNothingAndSaysNothing() throws Exception {
        rig.dialogs.chosen = Optional.empty();

        export().exportAll(rig.connected, SetExport.Format.JSON);

        try (var files = Files.list(rig.home)) {
            assertThat(files.filter(f -> f.toString().endsWith(".json"))).isEmpty();
        }
        assertThat(rig.notifier.infos).isEmpty();
        assertThat(rig.notifier.errors).isEmpty();
    }

    @Test
    void aPortalNameBecomesASafeFileName() {
        assertThat(SetExport.safeName("https://b24-x.bitrix24.ru / prod")).isEqualTo("https-b24-x.bitrix24.ru-prod");
        assertThat(SetExport.safeName("  ")).isEqualTo("portal");
    }
}
