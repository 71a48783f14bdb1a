package org.takahe.server.config.v6;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.datastore.CommitParticipant;
import org.takahe.datastore.CommitVetoException;
import org.takahe.datastore.ConfigChange;
import org.takahe.datastore.ErrorPaths;
import org.takahe.dhcp.config.v6.Dhcp6Config;
import org.takahe.server.config.ChangedContainers;
import org.takahe.server.config.ConfigRefusal;
import org.takahe.server.config.LastValidated;
import org.takahe.server.config.ModelNames;

/**
 * Joins the datastore's commit to the DHCPv6 engine: a commit whose DHCPv6 configuration cannot be translated is
 * refused naming the offending node and the reason; an accepted one is handed to the engine, which swaps its
 * snapshot.
 */
public final class Dhcp6CommitParticipant implements CommitParticipant {
    /** The top-level containers the translation reads: nothing else can change the engine's configuration. */
    private static final Set<QName> READS = Set.of(Dhcpv6Names.DHCPV6_SERVER, ModelNames.SERVER_ROOT);

    private final Dhcp6ConfigConsumer engine;
    private final EffectiveModelContext schema;
    private final Dhcpv6ConfigTranslator translator = new Dhcpv6ConfigTranslator();
    private final LastValidated<Dhcp6Config> validated = new LastValidated<>();
    private final AtomicReference<Dhcp6Config> current = new AtomicReference<>(Dhcp6Config.DISABLED);

    public Dhcp6CommitParticipant(Dhcp6ConfigConsumer engine, EffectiveModelContext schema) {
        this.engine = engine;
        this.schema = schema;
    }

    /** The configuration the engine serves now. */
    public Dhcp6Config current() {
        return current.get();
    }

    @Override
    public void validate(ConfigChange change) throws CommitVetoException {
        if (!ChangedContainers.touches(change, READS)) {
            return;
        }
        Dhcp6Config config;
        try {
            config = translator.translate(change.after());
        } catch (ConfigRefusal refusal) {
            throw veto(refusal.path(), refusal.getMessage());
        } catch (IllegalArgumentException badValue) {
            throw veto(Dhcpv6Paths.server(), badValue.getMessage());
        }
        validated.remember(change.after(), config);
    }

    @Override
    public void apply(ConfigChange change) {
        if (!ChangedContainers.touches(change, READS)) {
            return; // what the engine serves cannot have changed
        }
        Dhcp6Config config = validated.take(change.after(), translator::translate);
        engine.apply(config);
        current.set(config);
    }

    private CommitVetoException veto(YangInstanceIdentifier path, String message) {
        return new CommitVetoException(Optional.of(ErrorPaths.render(path, schema)), message);
    }
}
