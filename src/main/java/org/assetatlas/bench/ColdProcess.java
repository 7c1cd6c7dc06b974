package org.assetatlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command in a process of its own and measures it as the user meets it: wall-clock time from start to exit
 * and the process's peak resident set, and its CPU time. The peak and the CPU time come from {@code /usr/bin/time} when
 * the machine has it; else the peak is sampled from {@code VmHWM} in {@code /proc/PID/status} every 10 ms and the CPU
 * time is not measured.
 */
final class ColdProcess {

    private static final Path TIME = Path.of("/usr/bin/time");

    private ColdProcess() {
    }

    /**
     * One run.
     *
     * @param nanos  wall-clock nanoseconds
     * @param rssMb  peak resident set in MB, or NaN when not measurable
     * @param cpuSeconds user and system CPU time of the process and its threads, or NaN when not measurable
     * @param output what the command wrote, standard output then standard error
     */
    record Measure(long nanos, double rssMb, double cpuSeconds, String output) {
        double millis() {
            return nanos / 1e6;
        }
    }

    /**
     * Runs this application's command line in a fresh JVM — the same Java and class path as this one, with no heap
     * option, so the JVM sizes its heap as it does for a user.
     */
    static Measure atlas(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        // absolute, since the command runs in the work folder
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            classPath.add(Path.of(entry).toAbsolutePath().toString());
        }
        cmd.add(String.join(java.io.File.pathSeparator, classPath));
        cmd.add("org.assetatlas.Launcher");
        cmd.addAll(List.of(args));
        return run(dir, cmd);
    }

    /**
     * Runs the command to its end and measures it.
     *
     * @throws IOException when it fails or runs longer than ten minutes; the message holds its output
     */
    static Measure run(Path dir, List<String> command) throws IOException, InterruptedException {
        Path out = org.assetatlas.util.PrivateFiles.temporaryFile(dir, "cold", ".out");
        Path rssFile = org.assetatlas.util.PrivateFiles.temporaryFile(dir, "cold", ".rss");
        try {
            List<String> cmd = new ArrayList<>();
            boolean timed = timeAvailable();
            if (timed) {
                cmd.addAll(List.of(TIME.toString(), "-o", rssFile.toString(), "-f", "%M %U %S"));
            }
            cmd.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile());
            long t0 = System.nanoTime();
            Process p = pb.start();
            long peakKb = 0;
            while (!p.waitFor(10, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (!timed) {
                    peakKb = Math.max(peakKb, sampledPeakKb(p.pid()));
                }
                if (System.nanoTime() - t0 > 600_000_000_000L) {
                    p.destroyForcibly();
                    throw new IOException("Timed out after 10 minutes: " + String.join(" ", command));
                }
            }
            long nanos = System.nanoTime() - t0;
            String text = Files.readString(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IOException("Exit " + p.exitValue() + " from " + String.join(" ", command) + ": "
                        + text.strip());
            }
            double rssMb = Double.NaN;
            double cpu = Double.NaN;
            if (timed) {
                List<String> lines = Files.readAllLines(rssFile);
                String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
                if (last.matches("\\d+ [0-9.]+ [0-9.]+")) {
                    String[] f = last.split(" ");
                    rssMb = Long.parseLong(f[0]) / 1024.0;
                    cpu = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
                }
            } else if (peakKb > 0) {
                rssMb = peakKb / 1024.0;
            }
            return new Measure(nanos, rssMb, cpu, text);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(rssFile);
        }
    }

    private static long sampledPeakKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // the process has just ended, or there is no /proc: no sample
        }
        return 0;
    }

    /** Whether {@code /usr/bin/time} can report a peak resident set here. */
    static boolean timeAvailable() {
        return Files.isExecutable(TIME);
    }

    /** The load average over the last minute, from {@code /proc/loadavg}, or NaN. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Whether the program runs here, asked with a harmless argument such as {@code --version}. */
    static boolean available(String program, String arg) {
        try {
            Process p = new ProcessBuilder(program, arg).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return Benchmark.waitFor(p, 10) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
