package org.takahe.server.config;

import static org.takahe.server.config.ModelNames.BACKEND;
import static org.takahe.server.config.ModelNames.FILE;
import static org.takahe.server.config.ModelNames.FSYNC;
import static org.takahe.server.config.ModelNames.LEASE_STORE;
import static org.takahe.server.config.ModelNames.SERVER_ROOT;

import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.takahe.datastore.CommitParticipant;
import org.takahe.datastore.ConfigChange;
import org.takahe.lease.file.Durability;
import org.takahe.lease.file.FileLeaseStore;

/**
 * Applies /server/lease-store to the running file store: today its durability policy, which can
 * change live. (The back end itself is chosen at start; other back ends arrive as choice cases.)
 */
public final class LeaseStoreParticipant implements CommitParticipant {

    private final FileLeaseStore store;

    public LeaseStoreParticipant(FileLeaseStore store) {
        this.store = store;
    }

    @Override
    public void validate(ConfigChange change) {
        // Every value the model allows is served; nothing to refuse.
    }

    @Override
    public void apply(ConfigChange change) {
        store.durability(durability(change.after()));
    }

    /** The fsync leaf (its default is filled in by the datastore). */
    static Durability durability(ContainerNode root) {
        String fsync = YangData.container(root, SERVER_ROOT)
            .flatMap(server -> YangData.container(server, LEASE_STORE))
            .flatMap(store -> YangData.container(store, BACKEND))
            .flatMap(backend -> YangData.container(backend, FILE))
            .flatMap(file -> YangData.text(file, FSYNC))
            .orElseThrow(() -> new IllegalStateException("fsync has a default; the datastore fills it"));
        return switch (fsync) {
            case "every-write" -> Durability.EVERY_WRITE;
            case "none" -> Durability.NONE;
            case "batched" -> Durability.BATCHED;
            default -> throw new IllegalStateException("fsync value '" + fsync + "' passed YANG validation");
        };
    }
}
