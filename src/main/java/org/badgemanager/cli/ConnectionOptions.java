package org.badgemanager.cli;

import picocli.CommandLine.Option;

/**
 * Which portal: a profile saved in the window (its secret from the same keyring or file), or a webhook address
 * read from an environment variable (CI). Never the secret itself on the command line: it would end up in the
 * shell history and in every process list.
 */
final class ConnectionOptions {
    @Option(names = "--profile", paramLabel = "NAME", required = true, descriptionKey = "option.profile")
    String profile;

    @Option(names = "--webhook-env", paramLabel = "VAR", required = true, descriptionKey = "option.webhookEnv")
    String webhookEnv;
}
