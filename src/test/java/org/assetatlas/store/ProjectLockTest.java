package org.assetatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who has a project open, a second opener told who, and locks left by crashes taken over. */
class ProjectLockTest {

    @TempDir
    Path dir;

    private Path project() {
        return dir.resolve("Tendring.atlas");
    }

    private void lockedBy(String user, String machine, long pid, Instant since) throws Exception {
        Files.writeString(ProjectLock.lockFile(project()), "user=" + user + "\nmachine=" + machine + "\npid=" + pid
                + "\nsince=" + since + "\n");
    }

    @Test
    void theOwnerIsNamedAndTheLockGoesWhenTheProjectCloses() throws Exception {
        try (ProjectLock lock = ProjectLock.acquire(project(), "Sam Jones")) {
            assertEquals("Sam Jones", ProjectLock.holder(project()).orElseThrow().user());
            assertEquals(ProcessHandle.current().pid(), ProjectLock.holder(project()).orElseThrow().pid());
            assertEquals(lock.holder(), ProjectLock.holder(project()).orElseThrow());
        }
        assertFalse(Files.exists(ProjectLock.lockFile(project())));
        assertTrue(ProjectLock.holder(project()).isEmpty());
    }

    @Test
    void aSecondPersonOnAnotherComputerIsToldWhoHasIt() throws Exception {
        Instant since = Instant.now().minus(20, ChronoUnit.MINUTES);
        lockedBy("Sam Jones", "LAPTOP-12", 4242, since);
        ProjectLock.HeldException e = assertThrows(ProjectLock.HeldException.class,
                () -> ProjectLock.acquire(project(), "Alex"));
        assertTrue(e.getMessage().startsWith("Sam Jones on LAPTOP-12 has it open since "), e.getMessage());
        assertEquals("LAPTOP-12", e.holder().machine());
        assertTrue(Files.exists(ProjectLock.lockFile(project())), "someone else's lock is left alone");
    }

    @Test
    void aLockNotRefreshedForMinutesFromAnotherComputerIsTakenOver() throws Exception {
        lockedBy("Sam Jones", "LAPTOP-12", 4242, Instant.now().minus(2, ChronoUnit.HOURS));
        Files.setLastModifiedTime(ProjectLock.lockFile(project()),
                FileTime.from(Instant.now().minus(ProjectLock.STALE_MINUTES + 1, ChronoUnit.MINUTES)));
        try (ProjectLock lock = ProjectLock.acquire(project(), "Alex")) {
            assertEquals("Alex", ProjectLock.holder(project()).orElseThrow().user());
        }
    }

    @Test
    void aHalfWrittenLockIsHeldForAMomentThenTakenOver() throws Exception {
        Path lock = ProjectLock.lockFile(project());
        Files.writeString(lock, "user=Sam"); // a process killed between making the file and finishing its lines
        assertThrows(ProjectLock.HeldException.class, () -> ProjectLock.acquire(project(), "Alex"),
                "being written this instant");
        Files.setLastModifiedTime(lock,
                FileTime.from(Instant.now().minus(ProjectLock.UNREADABLE_SECONDS + 1, ChronoUnit.SECONDS)));
        assertTrue(ProjectLock.holder(project()).isEmpty());
        try (ProjectLock taken = ProjectLock.acquire(project(), "Alex")) {
            assertEquals("Alex", ProjectLock.holder(project()).orElseThrow().user());
        }
        assertFalse(Files.exists(lock));
    }

    @Test
    void aLockLeftOnThisComputerByAProcessThatHasGoneIsTakenOver() throws Exception {
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").start();
        gone.waitFor();
        lockedBy("Sam Jones", ProjectLock.machineName(), gone.pid(), Instant.now());
        try (ProjectLock lock = ProjectLock.acquire(project(), "Alex")) {
            assertEquals("Alex", lock.holder().user());
        }
    }

    @Test
    void findsTheFileSystemOfTheMountHoldingAFile() {
        List<String> mountinfo = List.of(
                "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw",
                "40 22 0:35 / /mnt/shared rw,relatime shared:20 - cifs //server/partnership rw,vers=3.1.1",
                "41 22 0:36 / /mnt/shared\\040drive rw - nfs4 server:/export rw",
                "42 40 0:37 / /mnt/shared/local rw - tmpfs tmpfs rw");
        assertEquals("cifs", FileSystemKind.typeFromMountinfo(mountinfo, Path.of("/mnt/shared/Tendring.atlas")));
        assertEquals("nfs4", FileSystemKind.typeFromMountinfo(mountinfo, Path.of("/mnt/shared drive/p.atlas")));
        assertEquals("tmpfs", FileSystemKind.typeFromMountinfo(mountinfo, Path.of("/mnt/shared/local/p.atlas")));
        assertEquals("ext4", FileSystemKind.typeFromMountinfo(mountinfo, Path.of("/mnt/sharedother/p.atlas")));
        assertTrue(FileSystemKind.NETWORK_TYPES.contains("cifs"));
        assertFalse(FileSystemKind.NETWORK_TYPES.contains("ext4"));
    }

    @Test
    void theOverrideDecidesForDrivesTheCheckGetsWrong() {
        String before = System.getProperty(FileSystemKind.PROPERTY);
        try {
            System.setProperty(FileSystemKind.PROPERTY, "network");
            assertTrue(FileSystemKind.isNetwork(project()));
            System.setProperty(FileSystemKind.PROPERTY, "local");
            assertFalse(FileSystemKind.isNetwork(project()));
            System.clearProperty(FileSystemKind.PROPERTY);
            assertFalse(FileSystemKind.isNetwork(project()), "a temporary folder is on a local disk");
        } finally {
            if (before == null) {
                System.clearProperty(FileSystemKind.PROPERTY);
            } else {
                System.setProperty(FileSystemKind.PROPERTY, before);
            }
        }
    }
}
