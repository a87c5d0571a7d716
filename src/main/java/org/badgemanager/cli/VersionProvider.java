package org.badgemanager.cli;

import picocli.CommandLine.IVersionProvider;

/** The same version line as {@code BadgeManager --version} prints for the window's launcher. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Badge Manager for Bitrix24 " + (version == null ? "(development build)" : version)};
    }
}
