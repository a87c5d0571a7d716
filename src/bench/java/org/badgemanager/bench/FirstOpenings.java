package org.badgemanager.bench;

import static org.badgemanager.bench.UiBench.onFx;
import static org.badgemanager.bench.UiBench.onFxGet;
import static org.badgemanager.bench.UiBench.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.badgemanager.app.MainWindow;
import org.badgemanager.bitrix.ClientOptions;
import org.badgemanager.session.ConnectionRequest;
import org.badgemanager.ui.common.Messages;

/**
 * First openings, each in a fresh process as a user meets them: the longest FX-thread stall (pulse gap, see
 * {@link PulseMonitor}) while connecting to the built-in sandbox and showing its badges (what is built ahead
 * then included), and while opening the Activities tab, the badge editor, the connection dialog, Messages and the
 * request log for the first time. One process prints one line per opening ({@code opening <name>=<ms>});
 * {@code summarize <file>} prints the rows: the median over the processes, and the worst.
 */
public final class FirstOpenings extends Application {
    /** How long after a step its stalls are counted: the opening, styling, layout and first frames. */
    private static final long SETTLE_MS = 1500;

    /** A main class that does not extend Application, so it starts from a plain class path. */
    public static final class Main {
        public static void main(String[] args) throws Exception {
            if (args.length == 2 && args[0].equals("summarize")) {
                summarize(Path.of(args[1]));
                return;
            }
            Application.launch(FirstOpenings.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        BenchWindow.open(stage, "first-openings", ClientOptions.defaults(), false, FirstOpenings::measure);
    }

    private static void measure(MainWindow window, PulseMonitor monitor) throws Exception {
        Thread.sleep(2000); // start-up's own work is over
        // what the app's start does after the first frame, a step per pulse: its longest step, at idle
        opening("badge table's rows made ahead", monitor, window::makeBadgeRowsAhead);
        TableView<?> table = (TableView<?>) window.stage().getScene().lookup("#badgeTable");
        onFx(() -> {
            monitor.reset();
            window.connectDirectly(ConnectionRequest.sandbox());
        });
        waitFor(() -> onFxGet(() -> !table.getItems().isEmpty()));
        gap("connecting and showing the badges", monitor);
        TabPane tabs = (TabPane) window.stage().getScene().lookup("#tabs");
        opening("Activities tab", monitor, () -> tabs.getSelectionModel().select(1));
        onFx(() -> tabs.getSelectionModel().select(0));
        Thread.sleep(500);
        opening("badge editor (Add)", monitor, () -> window.openEditor(null));
        closeDialogs(window);
        opening("connection dialog", monitor, window::openConnectionDialog);
        closeDialogs(window);
        opening("Messages", monitor, window::openMessages);
        opening("request log", monitor, window::openRequestLog);
    }

    private static void opening(String name, PulseMonitor monitor, Runnable open) throws Exception {
        onFx(() -> {
            monitor.reset();
            open.run();
        });
        gap(name, monitor);
    }

    private static void gap(String name, PulseMonitor monitor) throws Exception {
        Thread.sleep(SETTLE_MS);
        System.out.printf(Locale.ROOT, "opening %s=%.1f%n", name, onFxGet(monitor::longestGapMillis));
        System.out.flush();
    }

    private static void closeDialogs(MainWindow window) throws Exception {
        onFx(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != window.stage())
                .forEach(Window::hide));
        Thread.sleep(300);
    }

    private static void summarize(Path file) throws Exception {
        Map<String, List<Double>> gaps = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("opening ")) {
                String[] kv = line.substring("opening ".length()).split("=");
                gaps.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(Double.parseDouble(kv[1]));
            }
        }
        gaps.forEach((name, values) -> {
            double median = Table.median(values);
            double worst = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            Table.row("FX thread: longest stall, first time: " + name + " (" + values.size() + " processes)",
                    String.format("%.0f ms", median), "100 ms", median / 100,
                    "≤ 100 ms (worst " + String.format("%.0f", worst) + ")", median <= 100);
            System.err.println("first opening " + name + " (ms): " + values);
        });
    }
}
