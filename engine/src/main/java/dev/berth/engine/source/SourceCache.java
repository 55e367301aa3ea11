package dev.berth.engine.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Source trees for builds: a local directory is used as it is; a git repository is checked out
 * once per commit under {@code <cache>/sources/<repository hash>/<commit>} and reused. The ref is
 * resolved on every call (a branch moves), the checkout only when that commit is new.
 */
public final class SourceCache {

    private static final Pattern FULL_COMMIT = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern COMMITISH = Pattern.compile("[0-9a-f]{7,40}");

    private final Path directory;

    public SourceCache(Path directory) {
        this.directory = directory;
    }

    /** {@code build.cache-dir}, else {@code $XDG_CACHE_HOME/berth}, else {@code ~/.cache/berth}. */
    public static Path directory(String configured, Map<String, String> environment) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "berth");
        }
        return Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".cache", "berth");
    }

    public Path directory() {
        return directory;
    }

    /** The tree at {@code location}; a relative local path starts at {@code base}. */
    public Source resolve(SourceLocation location, Path base) {
        if (location instanceof SourceLocation.Git git) {
            return git(git);
        }
        return local(base.resolve(((SourceLocation.Local) location).path()).normalize());
    }

    private static Source local(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new SourceException("the directory " + dir + " does not exist");
        }
        return new Source(dir, null);
    }

    private Source git(SourceLocation.Git git) {
        String url = git.url();
        String commit = remoteCommit(url, git.ref());
        Path repository = directory.resolve("sources").resolve(hash(url));
        Path checkout = commit == null ? null : repository.resolve(commit);
        if (checkout == null || !Files.isDirectory(checkout)) {
            checkout = checkOut(url, git.ref(), commit, repository);
            commit = checkout.getFileName().toString();
        }
        Path dir = git.subdir() == null ? checkout : checkout.resolve(git.subdir()).normalize();
        if (!dir.startsWith(checkout) || !Files.isDirectory(dir)) {
            throw new SourceException("the directory " + git.subdir() + " does not exist in " + url + " at " + commit);
        }
        return new Source(dir, commit);
    }

    /** The commit a branch or tag names (a peeled tag's commit), the ref itself when it is a full commit, else null. */
    static String remoteCommit(String url, String ref) {
        String wanted = ref == null ? "HEAD" : ref;
        if (FULL_COMMIT.matcher(wanted).matches()) {
            return wanted;
        }
        String listed = GitCommand.run(null, "ls-remote", "--", url, wanted);
        String best = null;
        for (String line : listed.split("\n")) {
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                continue;
            }
            String name = parts[1];
            if (name.equals("refs/tags/" + wanted + "^{}")) {
                return parts[0];
            }
            if (name.equals(wanted) || name.equals("refs/heads/" + wanted) || name.equals("refs/tags/" + wanted)) {
                best = best == null ? parts[0] : best;
            }
        }
        if (best == null && !COMMITISH.matcher(wanted).matches()) {
            throw new SourceException("git ref " + wanted + " not found in " + url);
        }
        return best;
    }

    /** Clones into a fresh directory, checks out, drops .git, then moves it into place under its commit. */
    private static Path checkOut(String url, String ref, String commit, Path repository) {
        try {
            Files.createDirectories(repository);
            Path work = Files.createTempDirectory(repository, ".clone-");
            try {
                GitCommand.run(work, "clone", "--quiet", "--no-checkout", "--", url, ".");
                String target = commit != null ? commit : ref;
                String resolved;
                try {
                    resolved = GitCommand.run(work, "rev-parse", "--verify", "--quiet", target + "^{commit}").trim();
                } catch (SourceException e) {
                    throw new SourceException("git ref " + target + " not found in " + url);
                }
                GitCommand.run(work, "checkout", "--quiet", "--detach", resolved);
                delete(work.resolve(".git"));
                Path checkout = repository.resolve(resolved);
                try {
                    Files.move(work, checkout, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                    // another run checked the same commit out meanwhile
                    delete(work);
                } catch (IOException e) {
                    if (!Files.isDirectory(checkout)) {
                        throw e;
                    }
                    delete(work);
                }
                return checkout;
            } catch (RuntimeException e) {
                delete(work);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check out " + url + " under " + repository + ": " + e.getMessage(), e);
        }
    }

    static String hash(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
