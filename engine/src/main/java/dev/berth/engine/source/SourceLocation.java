package dev.berth.engine.source;

import java.util.regex.Pattern;

/**
 * Where a source tree comes from: a local directory, or a git repository at a ref with an
 * optional subdirectory, written as Compose writes build contexts:
 * {@code https://host/repo.git#ref:subdir}, {@code git@host:repo.git#ref}, {@code git://…},
 * {@code github.com/owner/repo}, and (for repositories on this machine) {@code file:///path/repo.git#ref}.
 */
public sealed interface SourceLocation {

    /** A directory, absolute or relative to the compose file's directory. */
    record Local(String path) implements SourceLocation {
    }

    /**
     * @param url the repository, as git understands it
     * @param ref a branch, tag or commit; null = the repository's default branch
     * @param subdir the directory inside the repository; null = its root
     */
    record Git(String url, String ref, String subdir) implements SourceLocation {
        @Override
        public String toString() {
            return url + (ref == null && subdir == null ? "" : "#" + (ref == null ? "" : ref)
                    + (subdir == null ? "" : ":" + subdir));
        }
    }

    /** An http(s) URL is a git repository only when its path ends in .git (before any #fragment), as Docker decides. */
    Pattern HTTP_GIT = Pattern.compile("^https?://.*\\.git(#.*)?$");

    static SourceLocation parse(String context) {
        if (!isGit(context)) {
            return new Local(context);
        }
        int hash = context.indexOf('#');
        String url = hash < 0 ? context : context.substring(0, hash);
        if (url.startsWith("github.com/")) {
            url = "https://" + url;
        }
        String ref = null;
        String subdir = null;
        if (hash >= 0) {
            String fragment = context.substring(hash + 1);
            int colon = fragment.indexOf(':');
            ref = colon < 0 ? fragment : fragment.substring(0, colon);
            subdir = colon < 0 ? null : fragment.substring(colon + 1);
            if (subdir != null && subdir.contains("..")) {
                throw new IllegalArgumentException("the subdirectory of " + context + " must stay inside the repository");
            }
        }
        return new Git(url, blankToNull(ref), blankToNull(subdir == null ? null : trimSlashes(subdir)));
    }

    static boolean isGit(String context) {
        return context.startsWith("git://") || context.startsWith("git@") || context.startsWith("github.com/")
                || context.startsWith("ssh://") || HTTP_GIT.matcher(context).matches()
                || context.startsWith("file://");
    }

    private static String trimSlashes(String s) {
        String out = s;
        while (out.startsWith("/")) {
            out = out.substring(1);
        }
        while (out.endsWith("/")) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
