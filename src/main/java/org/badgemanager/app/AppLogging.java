package org.badgemanager.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.badgemanager.bitrix.SecretMasker;

/** A rotated log file in the app's data folder (5 × 1 MB), every line passed through {@link SecretMasker}. */
public final class AppLogging {
    private AppLogging() {
    }

    public static Path install(Path dataDir) {
        Path logs = dataDir.resolve("logs");
        try {
            Files.createDirectories(logs);
            FileHandler file = new FileHandler(logs.resolve("badge-manager.%g.log").toString(), 1_000_000, 5, true);
            file.setFormatter(new MaskingFormatter());
            file.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            for (java.util.logging.Handler console : root.getHandlers()) {
                console.setFormatter(new MaskingFormatter()); // the console gets the same masking as the file
            }
            root.addHandler(file);
        } catch (IOException e) {
            Logger.getLogger(AppLogging.class.getName()).log(Level.WARNING, "No log file: " + e.getMessage());
        }
        return logs;
    }

    /** One line per record, stack traces included, secrets masked. */
    static final class MaskingFormatter extends Formatter {
        private final SimpleFormatter plain = new SimpleFormatter();

        @Override
        public String format(LogRecord record) {
            String text = plain.format(record);
            if (record.getThrown() != null && !text.contains("\tat ")) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                text += trace;
            }
            return SecretMasker.mask(text);
        }
    }
}
