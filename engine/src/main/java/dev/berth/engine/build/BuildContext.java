package dev.berth.engine.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files a build sends to the engine: the context directory without what
 * {@code .dockerignore} leaves out, in name order, and the Dockerfile under the name the build
 * is told. A Dockerfile outside the context, or given inline, is added as a generated file.
 *
 * @param directory the context directory
 * @param files the entries, sorted by name
 * @param dockerfile the Dockerfile's name inside the context
 */
public record BuildContext(Path directory, List<ContextFile> files, String dockerfile) {

    /** Name of a Dockerfile that is not a file of the context (inline, or outside it). */
    public static final String GENERATED_DOCKERFILE = ".berth.Dockerfile";

    public BuildContext {
        files = List.copyOf(files);
    }

    /**
     * @param dockerfile the Dockerfile's path (relative to the context, or absolute); ignored when {@code inline} is set
     * @param inline the Dockerfile's text from {@code dockerfile_inline}, or null
     */
    public static BuildContext collect(Path directory, String dockerfile, String inline) {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("the build context " + dir + " is not a directory");
        }
        String name;
        byte[] generated = null;
        if (inline != null) {
            name = GENERATED_DOCKERFILE;
            generated = inline.getBytes(StandardCharsets.UTF_8);
        } else {
            Path file = dir.resolve(dockerfile).normalize();
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("the Dockerfile " + file + " does not exist");
            }
            if (file.startsWith(dir)) {
                name = slashes(dir.relativize(file));
            } else {
                name = GENERATED_DOCKERFILE;
                generated = read(file);
            }
        }
        DockerIgnore ignore = ignoreFile(dir).keeping(name, ".dockerignore");
        List<ContextFile> files = walk(dir, ignore);
        if (generated != null) {
            final String generatedName = name;
            files.removeIf(f -> f.name().equals(generatedName));
            files.add(new ContextFile(name, null, ContextFile.Kind.FILE, false, null, generated));
            files.sort(Comparator.comparing(ContextFile::name));
        }
        return new BuildContext(dir, files, name);
    }

    private static DockerIgnore ignoreFile(Path dir) {
        Path file = dir.resolve(".dockerignore");
        return Files.isRegularFile(file) ? DockerIgnore.parse(new String(read(file), StandardCharsets.UTF_8)) : DockerIgnore.NONE;
    }

    private static List<ContextFile> walk(Path dir, DockerIgnore ignore) {
        List<ContextFile> out = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (d.equals(dir)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = slashes(dir.relativize(d));
                    if (ignore.excludes(name)) {
                        // an exception may bring back something below: then look inside
                        return ignore.hasExceptions() ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                    }
                    out.add(new ContextFile(name, d, ContextFile.Kind.DIRECTORY, false, null, null));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    String name = slashes(dir.relativize(f));
                    if (ignore.excludes(name)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        out.add(new ContextFile(name, f, ContextFile.Kind.SYMLINK, false,
                                Files.readSymbolicLink(f).toString(), null));
                    } else if (attrs.isRegularFile()) {
                        out.add(new ContextFile(name, f, ContextFile.Kind.FILE, executable(f), null, null));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build context " + dir + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(ContextFile::name));
        return out;
    }

    private static boolean executable(Path f) throws IOException {
        try {
            return Files.getPosixFilePermissions(f, LinkOption.NOFOLLOW_LINKS).contains(PosixFilePermission.OWNER_EXECUTE);
        } catch (UnsupportedOperationException e) {
            return Files.isExecutable(f);
        }
    }

    private static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
