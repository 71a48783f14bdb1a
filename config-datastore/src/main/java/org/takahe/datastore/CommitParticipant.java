package org.takahe.datastore;

/**
 * Something that serves from the configuration and must agree to a change before it lands (the
 * DHCP engine, through the server's translator). A commit calls {@link #validate} on every
 * participant, and only when all accept, commits and calls {@link #apply}.
 */
public interface CommitParticipant {

    /** Checks the new configuration; throws to refuse it. Must not change anything. */
    void validate(ConfigChange change) throws CommitVetoException;

    /** Starts serving the new configuration. Called after running has changed; must not fail. */
    void apply(ConfigChange change);
}
