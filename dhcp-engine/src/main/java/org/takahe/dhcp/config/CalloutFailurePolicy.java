package org.takahe.dhcp.config;

/** What the server does when a callout throws or runs past the callout timeout. */
public enum CalloutFailurePolicy {
    /** As Kea does: the callout's verdict is ignored and processing goes on (fail open). */
    CONTINUE,
    /** The packet is dropped (fail closed), for libraries such as access control that must not be bypassed. */
    DROP
}
