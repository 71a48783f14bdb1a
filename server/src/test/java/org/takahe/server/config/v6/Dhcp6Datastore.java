package org.takahe.server.config.v6;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.DatastoreFiles;
import org.takahe.datastore.DatastoreName;
import org.takahe.datastore.EditOperation;
import org.takahe.datastore.InMemoryConfigDatastore;
import org.takahe.datastore.xml.XmlDataCodec;
import org.takahe.dhcp.config.v6.Dhcp6Config;
import org.takahe.server.config.EngineDatastore;

/**
 * The DHCPv6 commit tests' set-up: a real datastore over the server's models, starting empty, with a
 * {@link Dhcp6CommitParticipant} that hands each accepted configuration to a recording consumer. Edits merge into
 * the candidate; the test commits.
 */
final class Dhcp6Datastore {
    static final String IETF_NS = "urn:ietf:params:xml:ns:yang:ietf-dhcpv6-server";
    static final String TAKAHE_NS = "urn:takahe:params:xml:ns:yang:takahe-dhcpv6-server";
    private static final String SERVER_NS = "urn:takahe:params:xml:ns:yang:takahe-server";

    private final List<Dhcp6Config> applied = new ArrayList<>();
    private final Dhcp6CommitParticipant participant;
    private final InMemoryConfigDatastore datastore;

    Dhcp6Datastore(Path data) throws DatastoreException {
        participant = new Dhcp6CommitParticipant(applied::add, EngineDatastore.SCHEMA);
        datastore = InMemoryConfigDatastore.open(EngineDatastore.SCHEMA, DatastoreFiles.in(data), Optional.empty(),
            List.of(participant));
    }

    /** Merges {@code body} into the candidate's dhcpv6-server container (ietf-dhcpv6-server's namespace). */
    void edit(String body) throws DatastoreException, IOException {
        merge("<dhcpv6-server xmlns=\"" + IETF_NS + "\">" + body + "</dhcpv6-server>");
    }

    /** Merges {@code body} into the candidate's server container. */
    void editServer(String body) throws DatastoreException, IOException {
        merge("<server xmlns=\"" + SERVER_NS + "\">" + body + "</server>");
    }

    /** Merges a whole NETCONF {@code <config>} document. */
    void editConfig(String config) throws DatastoreException, IOException {
        var document = XmlDataCodec.parseSecure(new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)));
        datastore.edit(DatastoreName.CANDIDATE,
            EngineDatastore.CODEC.parseEdit(document.getDocumentElement(), EditOperation.MERGE));
    }

    void commit() throws DatastoreException {
        datastore.commit();
    }

    /** The configuration the participant last handed to the engine. */
    Dhcp6Config current() {
        return participant.current();
    }

    /** Every configuration handed to the engine, in order. */
    List<Dhcp6Config> applied() {
        return List.copyOf(applied);
    }

    private void merge(String content) throws DatastoreException, IOException {
        editConfig("<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">" + content + "</config>");
    }
}
