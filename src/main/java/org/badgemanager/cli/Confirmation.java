package org.badgemanager.cli;

import java.io.IOException;

/**
 * A question on the terminal before something the portal cannot undo. Asked only when someone can answer
 * (stdin is a terminal); the answer must be typed in full, so a stray Enter never confirms.
 */
final class Confirmation {
    private final Terminal terminal;

    Confirmation(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Prints {@code question} on stderr and reads one line; true only when it equals {@code expected}. */
    boolean ask(String question, String expected) {
        terminal.err().print(question);
        terminal.err().flush();
        try {
            String answer = terminal.in().readLine();
            return answer != null && answer.strip().equalsIgnoreCase(expected);
        } catch (IOException e) {
            return false;
        }
    }
}
