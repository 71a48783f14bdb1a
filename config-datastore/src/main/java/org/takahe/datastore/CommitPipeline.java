package org.takahe.datastore;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTree;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidateTip;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeConfiguration;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeModification;
import org.opendaylight.yangtools.yang.data.tree.api.DataValidationFailedException;
import org.opendaylight.yangtools.yang.data.tree.api.TreeType;
import org.opendaylight.yangtools.yang.data.tree.impl.ReferenceDataTreeFactory;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.datastore.xpath.ConstraintValidator;

/**
 * Running and the way changes reach it: every change is validated as a whole (structure, mandatory
 * nodes, uniqueness, leafrefs, commit participants) before running changes, then saved to the
 * running file and handed to the participants. Not thread-safe: the datastore serialises calls.
 */
final class CommitPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(CommitPipeline.class);

    private final EffectiveModelContext schema;
    private final DataTree running;
    private final RunningStore runningStore;
    private final List<CommitParticipant> participants;
    private final ValidationFailures failures;
    private final EditApplier editor;
    private final LeafRefChecker leafRefs;
    private final ConstraintValidator constraints;
    private final ConfigDefaults defaults;
    /** {@link #reported} is running's root {@code reportedFor} with its defaults filled in. */
    private @Nullable ContainerNode reportedFor;
    private @Nullable ContainerNode reported;

    /** A change that passed every check and may be committed. */
    record Checked(DataTreeCandidateTip candidate, ConfigChange change) {
    }

    CommitPipeline(EffectiveModelContext schema, RunningStore runningStore, List<CommitParticipant> participants) {
        this.schema = schema;
        this.running = new ReferenceDataTreeFactory().create(DataTreeConfiguration.builder(TreeType.CONFIGURATION)
            .setMandatoryNodesValidation(true).setUniqueIndexes(true).build(), schema);
        this.runningStore = runningStore;
        this.participants = List.copyOf(participants);
        this.failures = new ValidationFailures(schema);
        this.editor = new EditApplier(failures);
        this.leafRefs = new LeafRefChecker(schema);
        this.constraints = new ConstraintValidator(schema);
        this.defaults = new ConfigDefaults(schema);
    }

    ContainerNode running() {
        return (ContainerNode) running.takeSnapshot().readNode(DataRoots.PATH).orElseThrow();
    }

    /**
     * What running would hold after the edits, checked for structure only: a candidate may lack
     * mandatory nodes until it is committed.
     */
    ContainerNode contentAfter(List<Edit> edits) throws DatastoreException {
        return stacked(scratchHolding(running()), edits, false);
    }

    /** A lenient tree holding the content, for {@link #stacked}. */
    DataTree scratchHolding(ContainerNode content) {
        return ScratchTrees.holding(schema, content);
    }

    /**
     * What the scratch tree would hold after the edits, checked for structure only; when
     * {@code keep}, the tree holds it from then on. Stacking edits on a kept tree costs what the
     * new edits touch, not a replay of every earlier one.
     */
    ContainerNode stacked(DataTree scratch, List<Edit> edits, boolean keep) throws DatastoreException {
        DataTreeModification modification = scratch.takeSnapshot().newModification();
        editor.applyAll(modification, edits);
        try {
            modification.ready();
            scratch.validate(modification);
            if (keep) {
                scratch.commit(scratch.prepare(modification));
            }
        } catch (DataValidationFailedException | RuntimeException e) {
            throw failures.translate(e, Optional.empty(), Optional.empty());
        }
        return (ContainerNode) modification.readNode(DataRoots.PATH).orElseThrow();
    }

    /**
     * The edits applied to a fresh modification of running, sealed. Replaying the edits (rather
     * than writing the resulting content) gives participants a change set that says exactly what
     * was touched.
     */
    DataTreeModification replay(List<Edit> edits) throws DatastoreException {
        DataTreeModification modification = running.takeSnapshot().newModification();
        editor.applyAll(modification, edits);
        return sealed(modification, Optional.empty());
    }

    /** A modification of running that replaces its whole content, sealed. */
    DataTreeModification replacing(ContainerNode content) throws DatastoreException {
        DataTreeModification modification = running.takeSnapshot().newModification();
        try {
            modification.write(DataRoots.PATH, content);
        } catch (RuntimeException e) {
            throw failures.translate(e, Optional.of(DataRoots.PATH), Optional.of(content));
        }
        return sealed(modification, Optional.of(content));
    }

    private DataTreeModification sealed(DataTreeModification modification, Optional<ContainerNode> content)
            throws DatastoreException {
        try {
            modification.ready();
        } catch (RuntimeException e) {
            throw failures.translate(e, Optional.empty(), content);
        }
        return modification;
    }

    /**
     * Validates a sealed modification as a whole and asks the participants; changes nothing.
     *
     * @param content what the modification leads to, to find a missing mandatory node
     */
    Checked check(DataTreeModification modification, ContainerNode content) throws DatastoreException {
        DataTreeCandidateTip candidate = prepared(modification, content);
        return checked(candidate, dataAfter(candidate));
    }

    /**
     * Validates a sealed modification as {@link #check} does and, when it passes, makes it running
     * and hands it to the participants. Running is saved durably before it changes, so a full
     * disk fails the commit with running untouched.
     */
    void commit(DataTreeModification modification, ContainerNode content) throws DatastoreException {
        DataTreeCandidateTip candidate = prepared(modification, content);
        ContainerNode after = dataAfter(candidate);
        Checked checked = checked(candidate, after);
        byte[] saved;
        try {
            saved = runningStore.save(after);
        } catch (IOException e) {
            throw new DatastoreException(ErrorTag.OPERATION_FAILED, Optional.empty(),
                "cannot save the running configuration: " + e.getMessage(), e);
        }
        apply(checked, saved);
    }

    private DataTreeCandidateTip prepared(DataTreeModification modification, ContainerNode content)
            throws DatastoreException {
        try {
            running.validate(modification);
            return running.prepare(modification);
        } catch (DataValidationFailedException | RuntimeException e) {
            throw failures.translate(e, Optional.empty(), Optional.of(content));
        }
    }

    private static ContainerNode dataAfter(DataTreeCandidateTip candidate) {
        return (ContainerNode) candidate.getRootNode().findDataAfter().orElseGet(DataRoots::empty);
    }

    private Checked checked(DataTreeCandidateTip candidate, ContainerNode after) throws DatastoreException {
        leafRefs.check(after);
        // Running met every must and when; a change that cannot alter any verdict need not walk the whole tree.
        if (constraints.mayBeAffectedBy(candidate.getRootNode())) {
            constraints.check(after);
        }
        ConfigChange change = new ConfigChange(runningReported(), defaults.reportAll(after, false), candidate);
        for (CommitParticipant participant : participants) {
            try {
                participant.validate(change);
            } catch (RuntimeException e) {
                throw new DatastoreException(ErrorTag.OPERATION_FAILED, Optional.empty(),
                    "commit participant " + participant + " failed while checking the change: " + e, e);
            }
        }
        return new Checked(candidate, change);
    }

    /** Running with its defaults filled in; kept from the last commit, whose change computed it. */
    private ContainerNode runningReported() {
        ContainerNode current = running();
        ContainerNode known = reported;
        if (reportedFor == current && known != null) {
            return known;
        }
        ContainerNode filled = defaults.reportAll(current, false);
        reported = filled;
        reportedFor = current;
        return filled;
    }

    /** Running takes the change and its readable copy is refreshed; then the participants apply it. */
    private void apply(Checked checked, byte[] saved) {
        running.commit(checked.candidate());
        reportedFor = running();
        reported = checked.change().after();
        runningStore.publishCopy(saved);
        for (CommitParticipant participant : participants) {
            try {
                participant.apply(checked.change());
            } catch (RuntimeException e) {
                // running has changed already; the other participants must still follow it
                DatastoreMessages.DATASTORE_PARTICIPANT_APPLY_FAILED.log(LOG, participant, e);
            }
        }
        DatastoreMessages.DATASTORE_COMMITTED.log(LOG, checked.candidate().getRootNode().modificationType(),
            runningStore.path());
    }
}
