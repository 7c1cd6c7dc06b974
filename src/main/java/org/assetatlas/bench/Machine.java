package org.assetatlas.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-line description of the machine and runtime the benchmark ran on. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        long memBytes = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memBytes = os.getTotalMemorySize();
        }
        return String.format("%d cores (%s), %.1f GiB memory, %s %s, JDK %s (%s), max heap %d MB, SQLite shell %s",
                Runtime.getRuntime().availableProcessors(), cpuModel(), memBytes / (1024.0 * 1024 * 1024),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                SqliteShell.version());
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try {
                for (String line : Files.readAllLines(cpuinfo)) {
                    if (line.startsWith("model name")) {
                        return line.substring(line.indexOf(':') + 1).strip();
                    }
                }
            } catch (IOException ignored) {
                // unknown model
            }
        }
        return "unknown CPU";
    }
}
