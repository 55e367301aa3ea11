package dev.berth.swarm.convert;

import java.util.List;

/** The project cannot become Swarm specs; each problem names its compose path. Nothing was created. */
public final class ConversionException extends RuntimeException {

    private final List<String> problems;

    public ConversionException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each as {@code path: message}, e.g. {@code configs.app.file: cannot read /srv/app.conf: no such file}. */
    public List<String> problems() {
        return problems;
    }
}
