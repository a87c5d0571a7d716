package org.badgemanager.ui.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.badgemanager.bitrix.BitrixClient;
import org.badgemanager.bitrix.BitrixException;
import org.badgemanager.bitrix.Json;
import org.badgemanager.bitrix.LiveSecrets;
import org.badgemanager.bitrix.RequestLog;
import org.badgemanager.bitrix.WebhookConnection;
import org.badgemanager.diagnostics.DiagnosticsZip;
import org.badgemanager.sandbox.SandboxConfig;
import org.badgemanager.sandbox.SandboxPortal;
import org.badgemanager.testutil.AnsweringDialogs;
import org.badgemanager.testutil.Portals;
import org.badgemanager.testutil.RecordingNotifier;
import org.badgemanager.ui.common.Messages;
import org.badgemanager.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Save diagnostics…" over the wire: the zip holds the log with the request log as its last section (every call
 * the sandbox received), the settings and a note on the environment, and not one secret, wherever one had slipped in.
 */
class DiagnosticsZipTest {
    private static final String CODE = "DiagSecret5566hookZ";
    @TempDir
    Path dir;

    @Test
    void theZipHoldsLogRequestsAndSettingsAndNoSecret() throws IOException {
        try (SandboxPortal portal = SandboxPortal.start(SandboxConfig.defaults().noRateLimit().webhookCode(CODE))) {
            LiveSecrets.process().hold(CODE); // as connecting does
            RequestLog session = new RequestLog(100);
            BitrixClient client = new BitrixClient(WebhookConnection.parse(portal.webhookUrl()),
                    Portals.fastOptions(), session);
            client.call("crm.activity.badge.list");
            portal.faults().failNext("crm.activity.badge.get", 400, "NOT_FOUND", "Not found: " + portal.webhookUrl());
            assertThatThrownBy(() -> client.call("crm.activity.badge.get", Json.object().put("code", "x")))
                    .isInstanceOf(BitrixException.class);

            Path logs = Files.createDirectories(dir.resolve("logs"));
            // what an older version (or a careless line) may have left in the log and the settings
            Files.writeString(logs.resolve("badge-manager.1.log"), "older line " + portal.webhookUrl() + "\n");
            Files.writeString(logs.resolve("badge-manager.0.log"), "newer line auth=" + CODE + "\n");
            Path settings = dir.resolve("settings.json");
            Files.writeString(settings, "{\"profiles\":[{\"id\":\"a\",\"webhookUrl\":\"" + portal.webhookUrl()
                    + "\"}],\"lastProfileId\":\"a\"}");

            AnsweringDialogs dialogs = new AnsweringDialogs(true);
            Path zip = dir.resolve("diagnostics.zip");
            dialogs.chosen = Optional.of(zip);
            RecordingNotifier notifier = new RecordingNotifier(Messages.forLocale(Locale.ENGLISH));
            new RequestLogViewModel(session, new SyncTaskRunner(), notifier, dialogs,
                    Messages.forLocale(Locale.ENGLISH), new RequestLogViewModel.Sources(logs, settings))
                    .saveDiagnostics();

            assertThat(notifier.errors).isEmpty();
            assertThat(notifier.infos).singleElement().asString().startsWith("Diagnostics saved to " + zip);
            Map<String, String> files = unzip(zip);
            assertThat(files).containsOnlyKeys(DiagnosticsZip.LOG, DiagnosticsZip.SETTINGS, DiagnosticsZip.ABOUT);
            String log = files.get(DiagnosticsZip.LOG);
            assertThat(log.indexOf("older line")).as("oldest log first").isLessThan(log.indexOf("newer line"));
            String requests = log.substring(log.indexOf(DiagnosticsZip.REQUESTS_HEADING));
            assertThat(requests).contains("crm.activity.badge.list  HTTP 200  ok")
                    .contains("crm.activity.badge.get  HTTP 400  NOT_FOUND").contains("\"code\":\"x\"");
            assertThat(portal.requests()).hasSize(2);
            assertThat(files.get(DiagnosticsZip.SETTINGS)).contains("\"lastProfileId\":\"a\"");
            assertThat(files.get(DiagnosticsZip.ABOUT)).contains("Java ");
            files.forEach((name, text) -> assertThat(text).as(name).doesNotContain(CODE));
        }
    }

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
