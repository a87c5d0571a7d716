package org.badgemanager.sandbox;

/**
 * How the sandbox portal behaves where real portals differ: whether the CRM recycle bin is in use (cloud: yes; some
 * self-hosted setups: no) and whether crm.activity.list/get return {@code PROVIDER_PARAMS} (the source says they do,
 * the docs do not promise it; addendum §0.1, open question 1). Switchable while the portal runs.
 */
public final class SandboxControl {

    /** {@code -Dbadgemanager.sandbox.recycleBin=false} starts sandboxes without a recycle bin. */
    public static final String RECYCLE_BIN_PROPERTY = "badgemanager.sandbox.recycleBin";

    private volatile boolean recycleBin = !"false".equalsIgnoreCase(System.getProperty(RECYCLE_BIN_PROPERTY, "true"));
    private volatile boolean providerParamsReturned = true;

    SandboxControl() {
    }

    /** With the bin on, deleted activities wait there and keep their badges until erased in the portal. */
    public void recycleBin(boolean on) {
        recycleBin = on;
    }

    public boolean recycleBin() {
        return recycleBin;
    }

    /** Off: crm.activity.list and crm.activity.get leave {@code PROVIDER_PARAMS} out, as a portal that hides it. */
    public void providerParamsReturned(boolean returned) {
        providerParamsReturned = returned;
    }

    public boolean providerParamsReturned() {
        return providerParamsReturned;
    }
}
