package org.takahe.datastore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A commit participant that remembers what it saw and can be told to refuse. */
final class RecordingParticipant implements CommitParticipant {
    final List<ConfigChange> validated = new ArrayList<>();
    final List<ConfigChange> applied = new ArrayList<>();
    boolean veto;

    @Override
    public void validate(ConfigChange change) throws CommitVetoException {
        validated.add(change);
        if (veto) {
            throw new CommitVetoException(Optional.of("/tt:server"), "this participant refuses");
        }
    }

    @Override
    public void apply(ConfigChange change) {
        applied.add(change);
    }
}
