package dev.berth.app;

import picocli.CommandLine;

/** Gives each command the {@link Invocation} it runs in. */
final class CommandFactory implements CommandLine.IFactory {

    private final Invocation invocation;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.getDeclaredConstructor(Invocation.class).newInstance(invocation);
        } catch (NoSuchMethodException e) {
            return fallback.create(type);
        }
    }
}
