package org.badgemanager.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's log file goes through the masker: a secret in a message or a stack trace never reaches the disk. */
class LogFileMaskingTest {

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
