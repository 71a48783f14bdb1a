package org.takahe.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.takahe.common.log.LogMessage;
import org.takahe.datastore.DatastoreMessages;
import org.takahe.dhcp.DhcpMessages;
import org.takahe.dhcp.LifecycleMessages;
import org.takahe.dhcp.v6.Dhcp6Messages;
import org.takahe.lease.LeaseMessages;
import org.takahe.netconf.NetconfMessages;

/** docs/log-messages.md is the one catalogue: it must list exactly the IDs the code logs, at their levels. */
class LogCatalogueTest {

    private static final List<Class<? extends Enum<?>>> MESSAGE_ENUMS = List.of(
        ServerMessages.class, DatastoreMessages.class, DhcpMessages.class, LifecycleMessages.class, LeaseMessages.class,
        NetconfMessages.class, Dhcp6Messages.class);

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([A-Z0-9_]+)`\\s*\\|\\s*([A-Z]+)\\s*\\|.*\\|\\s*$");

    @Test
    void catalogueListsEveryMessageIdWithItsLevelAndNothingElse() throws IOException {
        Map<String, String> inCode = new TreeMap<>();
        for (Class<? extends Enum<?>> type : MESSAGE_ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                inCode.put(constant.name(), ((LogMessage) constant).level().name());
            }
        }
        Map<String, String> inDocs = new TreeMap<>();
        try (Stream<String> lines = Files.lines(Path.of("..", "docs", "log-messages.md"))) {
            lines.map(ROW::matcher).filter(Matcher::matches).forEach(m -> inDocs.put(m.group(1), m.group(2)));
        }
        assertEquals(inCode, inDocs, "docs/log-messages.md and the message enums disagree");
    }
}
