package org.badgemanager.sandbox;

/** Activity types as TYPE_ID, PROVIDER_ID and PROVIDER_TYPE_ID on a real portal. */
enum ActivityKind {
    MEETING(1, "CRM_MEETING", "MEETING"),
    CALL(2, "VOXIMPLANT_CALL", "CALL"),
    TASK(3, "CRM_TASKS_TASK", "TASK"),
    EMAIL(4, "CRM_EMAIL", "EMAIL"),
    /** Configurable activity created by a REST app (the kind that carries badges). */
    CONFIGURABLE(6, "CONFIGURABLE_REST_APP", "CONFIGURABLE");

    final int typeId;
    final String providerId;
    final String providerTypeId;

    ActivityKind(int typeId, String providerId, String providerTypeId) {
        this.typeId = typeId;
        this.providerId = providerId;
        this.providerTypeId = providerTypeId;
    }

    boolean hasDirection() {
        return this == CALL || this == EMAIL;
    }
}
