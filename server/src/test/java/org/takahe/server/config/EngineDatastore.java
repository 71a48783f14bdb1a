package org.takahe.server.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.DatastoreFiles;
import org.takahe.datastore.DatastoreName;
import org.takahe.datastore.EditOperation;
import org.takahe.datastore.InMemoryConfigDatastore;
import org.takahe.datastore.SchemaLoadException;
import org.takahe.datastore.YangSchemas;
import org.takahe.datastore.xml.XmlDataCodec;
import org.takahe.dhcp.DhcpEngine;
import org.takahe.dhcp.EngineSettings;
import org.takahe.dhcp.config.DhcpConfig;
import org.takahe.lease.LeaseStoreException;
import org.takahe.lease.file.FileLeaseStore;
import org.takahe.lease.file.FileLeaseStoreSettings;
import org.takahe.yang.YangModules;

/**
 * The commit tests' set-up: a DHCP engine over a lease file, joined by a {@link DhcpCommitParticipant} to a real
 * datastore that starts from the example startup config. Edits merge into the candidate; the test commits.
 */
public final class EngineDatastore implements AutoCloseable {
    /** Parsing the server's YANG modules takes seconds; the schema is immutable, so every test shares one. */
    public static final EffectiveModelContext SCHEMA = loadSchema();
    public static final XmlDataCodec CODEC = new XmlDataCodec(SCHEMA);

    private static final String DHCPV4_NS = "urn:takahe:params:xml:ns:yang:takahe-dhcpv4-server";
    private static final String SERVER_NS = "urn:takahe:params:xml:ns:yang:takahe-server";

    private final FileLeaseStore leases;
    private final DhcpEngine engine;
    private final DhcpCommitParticipant participant;
    private final InMemoryConfigDatastore datastore;

    private EngineDatastore(Path data, Function<DhcpEngine, DhcpCommitParticipant> participantFor)
            throws LeaseStoreException, DatastoreException {
        leases = FileLeaseStore.open(data.resolve("leases"), FileLeaseStoreSettings.DEFAULTS);
        engine = new DhcpEngine(EngineSettings.defaults(), leases);
        participant = participantFor.apply(engine);
        datastore = InMemoryConfigDatastore.open(SCHEMA, DatastoreFiles.in(data),
            Optional.of(YangModules.exampleStartupConfig()), List.of(participant));
    }

    /** Keeps its files under {@code data}; hook libraries come from the class path only. */
    static EngineDatastore open(Path data) throws LeaseStoreException, DatastoreException {
        return new EngineDatastore(data, engine -> new DhcpCommitParticipant(engine, SCHEMA));
    }

    /** As {@link #open(Path)}, with {@code hooks} configuring each commit's libraries; the caller closes it after. */
    static EngineDatastore open(Path data, HookLibrariesTranslator hooks)
            throws LeaseStoreException, DatastoreException {
        return new EngineDatastore(data, engine -> new DhcpCommitParticipant(engine, SCHEMA, hooks));
    }

    /** Merges {@code body} into the candidate's dhcpv4-server container. */
    void edit(String body) throws DatastoreException, IOException {
        merge("dhcpv4-server", DHCPV4_NS, body);
    }

    /** Merges {@code body} into the candidate's server container. */
    void editServer(String body) throws DatastoreException, IOException {
        merge("server", SERVER_NS, body);
    }

    /** Merges {@code body} into the candidate's ietf-dhcpv6-server container. */
    void editDhcpv6(String body) throws DatastoreException, IOException {
        merge("dhcpv6-server", "urn:ietf:params:xml:ns:yang:ietf-dhcpv6-server", body);
    }

    void commit() throws DatastoreException {
        datastore.commit();
    }

    boolean candidateModified() {
        return datastore.candidateModified();
    }

    ContainerNode running() {
        return datastore.read(DatastoreName.RUNNING);
    }

    /** The configuration the engine serves now. */
    DhcpConfig current() {
        return participant.current();
    }

    @Override
    public void close() throws LeaseStoreException {
        engine.close();
        leases.close();
    }

    private void merge(String container, String namespace, String body) throws DatastoreException, IOException {
        String xml = "<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><" + container + " xmlns=\""
            + namespace + "\">" + body + "</" + container + "></config>";
        var document = XmlDataCodec.parseSecure(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        datastore.edit(DatastoreName.CANDIDATE, CODEC.parseEdit(document.getDocumentElement(), EditOperation.MERGE));
    }

    private static EffectiveModelContext loadSchema() {
        try {
            return YangSchemas.load(YangModules.sources());
        } catch (SchemaLoadException e) {
            throw new IllegalStateException(e);
        }
    }
}
