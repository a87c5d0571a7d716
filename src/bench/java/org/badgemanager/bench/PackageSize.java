package org.badgemanager.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Download and installed size of the .deb, beside the runtime it carries. Arg: target/installer. */
public final class PackageSize {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path deb;
        try (Stream<Path> files = Files.list(dir)) {
            deb = files.filter(p -> p.toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        double debMb = Files.size(deb) / 1e6;
        double runtimeMb = folderSize(dir.resolve("runtime")) / 1e6;
        double imageMb = folderSize(dir.resolve("image")) / 1e6;
        // the CDS archive is no part of the package: the post-install step makes it (~47 MB more on disk)
        Table.row(".deb download (runtime: strip-debug, en+ru locales, no compression; CDS class list, no archive; see docs)",
                String.format("%.1f MB", debMb), String.format("%.0f MB installed before the CDS archive, runtime %.0f MB",
                        imageMb, runtimeMb),
                Double.NaN, "≤ 25 MB", debMb <= 25);
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
