package org.badgemanager.settings;

/** The three ways to reach a portal. */
public enum ConnectionKind { SANDBOX, WEBHOOK, OAUTH }
