package org.assetatlas.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.assetatlas.util.PrivateFiles;

/**
 * The user's own settings, kept in a small properties file in the app's home folder: recently opened projects and
 * where the demo project lives.
 *
 * <p>The home folder is {@code ~/.asset-atlas} unless the system property {@code atlas.home} names another (tests
 * use this so they never touch a real user's settings).
 */
public final class AppPreferences {

    private static final int MAX_RECENT = 8;
    private static final String FILE = "preferences.properties";
    private final Path home;
    private final Properties props = new Properties();

    public AppPreferences(Path home) {
        this.home = home;
        Path f = home.resolve(FILE);
        if (Files.isRegularFile(f)) {
            try (InputStream in = Files.newInputStream(f)) {
                props.load(in);
            } catch (IOException e) {
                // unreadable settings are not worth stopping for; start afresh
                props.clear();
            }
        }
    }

    /** The preferences in the default home folder. */
    public static AppPreferences load() {
        return new AppPreferences(defaultHome());
    }

    public static Path defaultHome() {
        String override = System.getProperty("atlas.home");
        return override != null && !override.isBlank() ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".asset-atlas");
    }

    public Path home() {
        return home;
    }

    /** Where the demo project is built on first run. */
    public Path demoProjectFile() {
        return home.resolve("Colchester demo.atlas");
    }

    /** Recently opened projects, newest first, only those that still exist. */
    public List<Path> recentProjects() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = props.getProperty("recent." + i);
            if (p != null && Files.isRegularFile(Path.of(p))) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    /** Puts a project at the top of the recent list and saves. */
    public void addRecent(Path file) {
        List<Path> list = new ArrayList<>(recentProjects());
        Path abs = file.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                props.setProperty("recent." + i, list.get(i).toString());
            } else {
                props.remove("recent." + i);
            }
        }
        save();
    }

    /** The project to open at start: the most recent one, or null. */
    public Path lastProject() {
        List<Path> r = recentProjects();
        return r.isEmpty() ? null : r.get(0);
    }

    private void save() {
        try {
            Files.createDirectories(home);
            Path tmp = PrivateFiles.temporaryFile(home, "prefs", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                props.store(out, "Community Asset Atlas preferences");
            }
            Files.move(tmp, home.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // losing the recent-files list is an inconvenience, not a reason to interrupt the user's work
        }
    }
}
