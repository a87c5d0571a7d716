package org.badgemanager.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Builds each command with the shared {@link CliContext} and {@link Texts} when it asks for them. */
final class CommandFactory implements CommandLine.IFactory {
    private final CliContext context;
    private final Texts texts;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(CliContext context, Texts texts) {
        this.context = context;
        this.texts = texts;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            Constructor<K> constructor = type.getDeclaredConstructor(CliContext.class, Texts.class);
            constructor.setAccessible(true);
            return constructor.newInstance(context, texts);
        } catch (NoSuchMethodException e) {
            return fallback.create(type);
        }
    }
}
