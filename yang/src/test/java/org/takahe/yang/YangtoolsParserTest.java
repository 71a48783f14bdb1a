package org.takahe.yang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.Module;
import org.opendaylight.yangtools.yang.model.spi.source.URLYangTextSource;
import org.opendaylight.yangtools.yang.parser.api.YangParser;
import org.opendaylight.yangtools.yang.parser.impl.DefaultYangParserFactory;

class YangtoolsParserTest {
    @Test
    void yangtoolsBuildsOneModelContextHoldingEveryModule() throws Exception {
        Set<String> parsed = parseAll().getModules().stream()
                .map(module -> module.getName() + "@" + module.getRevision().orElseThrow())
                .collect(Collectors.toSet());

        Set<String> expected = YangModules.resourceNames().stream()
                .map(name -> name.substring(name.lastIndexOf('/') + 1, name.length() - ".yang".length()))
                .collect(Collectors.toSet());
        assertEquals(expected, parsed);
    }

    @Test
    void dhcpv4ServerModuleHasTheAgreedNamespaceAndPrefix() throws Exception {
        Module module = parseAll().findModules("takahe-dhcpv4-server").iterator().next();

        assertEquals("urn:takahe:params:xml:ns:yang:takahe-dhcpv4-server", module.getNamespace().toString());
        assertEquals("t4s", module.getPrefix());
    }

    private static EffectiveModelContext parseAll() throws Exception {
        YangParser parser = new DefaultYangParserFactory().createParser();
        for (URL source : YangModules.sources()) {
            parser.addSource(new URLYangTextSource(source));
        }
        return parser.buildEffectiveModel();
    }
}
