package org.badgemanager.badgesets;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A badge-set file that breaks the format or the portal's rules. It lists every problem found, not just the
 * first; nothing from such a file may be sent.
 */
public final class InvalidBadgeSetException extends Exception {
    private final List<FileProblem> problems;

    public InvalidBadgeSetException(List<FileProblem> problems) {
        super(problems.stream().map(FileProblem::describe).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid file has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
