package org.takahe.server.config;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.datastore.CommitParticipant;
import org.takahe.datastore.CommitVetoException;
import org.takahe.datastore.ConfigChange;
import org.takahe.datastore.ErrorPaths;
import org.takahe.dhcp.DhcpEngine;
import org.takahe.dhcp.ConfigProblem;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.server.hooks.HookLibraryCatalog;

/**
 * Joins the datastore's commit to the DHCP engine: a commit is refused when the configuration
 * cannot be translated or the engine's preflight finds a problem, naming the offending node; an
 * accepted commit swaps the engine's snapshot.
 */
public final class DhcpCommitParticipant implements CommitParticipant {
    /** The top-level containers the translation reads: nothing else can change the engine's configuration. */
    private static final Set<QName> READS = Set.of(ModelNames.DHCPV4_SERVER, ModelNames.SERVER_ROOT);

    private final DhcpEngine engine;
    private final EffectiveModelContext schema;
    private final DhcpConfigTranslator translator = new DhcpConfigTranslator();
    private final HookLibrariesTranslator hooks;
    private final LastValidated<DhcpConfig> validated = new LastValidated<>();
    private final AtomicReference<DhcpConfig> current = new AtomicReference<>(DhcpConfig.empty());

    /** A participant whose hook libraries come from the server's class path only (tests). */
    public DhcpCommitParticipant(DhcpEngine engine, EffectiveModelContext schema) {
        this(engine, schema, new HookLibrariesTranslator(new HookLibraryCatalog(List.of())));
    }

    /** @param hooks configures the hook libraries of each commit; the caller closes it after the engine */
    public DhcpCommitParticipant(DhcpEngine engine, EffectiveModelContext schema, HookLibrariesTranslator hooks) {
        this.engine = engine;
        this.schema = schema;
        this.hooks = hooks;
    }

    /** The configuration the engine serves now. */
    public DhcpConfig current() {
        return current.get();
    }

    @Override
    public void validate(ConfigChange change) throws CommitVetoException {
        if (!ChangedContainers.touches(change, READS)) {
            return;
        }
        DhcpConfig config;
        try {
            config = translate(change.after());
        } catch (ConfigRefusal refusal) {
            throw veto(refusal.path(), refusal.getMessage());
        } catch (IllegalArgumentException badValue) {
            throw veto(Dhcpv4Paths.server(), badValue.getMessage());
        }
        List<ConfigProblem> problems = engine.preflight(config);
        if (!problems.isEmpty()) {
            ConfigProblem first = problems.getFirst();
            YangInstanceIdentifier path = first.poolId()
                .map(pool -> Dhcpv4Paths.pool(first.subnetId(), pool))
                .or(() -> first.reservationId().map(id -> Dhcpv4Paths.reservation(first.subnetId(), id)))
                .orElseGet(() -> Dhcpv4Paths.allocationRange(first.subnetId()));
            throw veto(path, first.message());
        }
        validated.remember(change.after(), config);
    }

    @Override
    public void apply(ConfigChange change) {
        if (!ChangedContainers.touches(change, READS)) {
            return; // what the engine serves cannot have changed
        }
        DhcpConfig config = validated.take(change.after(), this::translate);
        engine.apply(config);
        current.set(config);
        hooks.applied(config.hooks());
    }

    private DhcpConfig translate(ContainerNode tree) throws ConfigRefusal {
        return translator.translate(tree).withHooks(hooks.translate(tree));
    }

    private CommitVetoException veto(YangInstanceIdentifier path, String message) {
        return new CommitVetoException(Optional.of(ErrorPaths.render(path, schema)), message);
    }
}
