package io.claimtrack.devstack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/** The stack's work directory, locked against a second stack and checked for free space. */
final class WorkDir implements AutoCloseable {
    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkDir(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates, checks and locks {@code dir}, or throws a {@link DevStackException} saying why. */
    static WorkDir claim(Path dir, long minFreeBytes) {
        Path path = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new DevStackException(
                    "Cannot create the dev stack's work directory " + path + ": " + e, e);
        }
        requireSpace(path, minFreeBytes);
        FileChannel channel = null;
        try {
            channel =
                    FileChannel.open(
                            path.resolve("devstack.lock"),
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(path, "another process");
            }
            return new WorkDir(path, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(path, "this JVM");
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DevStackException("Cannot lock the work directory " + path + ": " + e, e);
        } catch (DevStackException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    static void requireSpace(Path path, long minFreeBytes) {
        long free;
        try {
            free = Files.getFileStore(path).getUsableSpace();
        } catch (IOException e) {
            throw new DevStackException("Cannot read the free space of " + path + ": " + e, e);
        }
        if (free < minFreeBytes) {
            throw new DevStackException(
                    "Not enough free disk space for the dev stack: "
                            + human(free)
                            + " free in "
                            + path
                            + ", at least "
                            + human(minFreeBytes)
                            + " needed. Free some space (old logs, target/ folders, ~/.m2) or"
                            + " choose a work directory on another disk.");
        }
    }

    static String human(long bytes) {
        double mib = bytes / (1024.0 * 1024.0);
        return mib >= 1024
                ? String.format(Locale.ROOT, "%.1f GiB", mib / 1024)
                : String.format(Locale.ROOT, "%.0f MiB", mib);
    }

    Path path() {
        return path;
    }

    /** Deletes the given sub-directories (a fresh start). */
    void wipe(String... children) {
        for (String child : children) {
            Path target = path.resolve(child);
            if (Files.exists(target)) {
                try {
                    deleteTree(target);
                } catch (IOException e) {
                    throw new DevStackException(
                            "Cannot clear " + target + " for a fresh start: " + e, e);
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it anyway.
        } finally {
            closeQuietly(channel);
        }
    }

    private static DevStackException inUse(Path path, String who) {
        return new DevStackException(
                "The work directory "
                        + path
                        + " is in use by a dev stack in "
                        + who
                        + ". Stop that one first, or use another work directory.");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing else to release.
        }
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                            throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e)
                            throws IOException {
                        if (e != null) {
                            throw e;
                        }
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }
}
