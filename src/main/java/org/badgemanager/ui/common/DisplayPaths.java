package org.badgemanager.ui.common;

import java.nio.file.Path;

/** Paths as a person reads them: the home folder shown as {@code ~}, as file managers and shells do. */
public final class DisplayPaths {
    private DisplayPaths() {
    }

    public static String of(Path path) {
        if (path == null) {
            return "";
        }
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath();
        Path absolute = path.toAbsolutePath();
        return absolute.startsWith(home) && !absolute.equals(home)
                ? "~" + absolute.getFileSystem().getSeparator() + home.relativize(absolute)
                : absolute.toString();
    }
}
