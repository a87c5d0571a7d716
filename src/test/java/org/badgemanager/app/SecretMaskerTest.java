package org.badgemanager.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretMaskerTest {

    @Test
    void masksWebhookCodesTokensAndSecretsWhereverTheyAppear() {
        String text = "POST https://p.bitrix24.com/rest/1/abcd1234efgh/crm.activity.badge.add failed; "
                + "auth=tok123&x=1 {\"refresh_token\":\"r-456\",\"clientSecret\": \"s3cr3t\"} access_token=a.b.c";
        String masked = SecretMasker.mask(text);
        assertThat(masked).doesNotContain("abcd1234efgh", "tok123", "r-456", "s3cr3t", "a.b.c")
                .contains("/rest/1/••••••/crm.activity.badge.add", "x=1");
    }

    @Test
    void theLogFileNeverHoldsASecret(@TempDir Path data) throws Exception {
        var formatter = new AppLogging.MaskingFormatter();
        LogRecord record = new LogRecord(Level.WARNING, "call to http://127.0.0.1:9/rest/1/secretcode99/profile");
        record.setThrown(new IllegalStateException("refresh_token=rrr111 rejected"));
        String line = formatter.format(record);
        assertThat(line).doesNotContain("secretcode99", "rrr111").contains("IllegalStateException");
        Files.writeString(data.resolve("x.log"), line);
        assertThat(Files.readString(data.resolve("x.log"))).doesNotContain("secretcode99");
    }
}
