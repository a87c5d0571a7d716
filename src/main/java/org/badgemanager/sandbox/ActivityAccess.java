package org.badgemanager.sandbox;

/** Who may touch an activity through the REST methods. */
public enum ActivityAccess {
    /** Readable and deletable by any caller. */
    NORMAL,
    /** Owned by someone the caller cannot see: get/delete answer "Access denied.", list hides it. */
    FOREIGN,
    /** Created by a REST app: deleting through a webhook answers "Application context required."; OAuth may delete. */
    APP_CREATED
}
