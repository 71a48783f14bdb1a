package org.takahe.yang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.LeafSchemaNode;
import org.opendaylight.yangtools.yang.model.api.Module;
import org.opendaylight.yangtools.yang.model.api.MustConstraintAware;
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

    @Test
    void dhcpv6ServerModuleHasTheAgreedNamespaceAndPrefix() throws Exception {
        Module module = parseAll().findModules("takahe-dhcpv6-server").iterator().next();

        assertEquals("urn:takahe:params:xml:ns:yang:takahe-dhcpv6-server", module.getNamespace().toString());
        assertEquals("t6s", module.getPrefix());
    }

    @Test
    void dhcpv6DeviationsAddTheirMustStatementsToTheRfc9243Nodes() throws Exception {
        EffectiveModelContext context = parseAll();
        QNameModule ietf = context.findModules("ietf-dhcpv6-server").iterator().next().getQNameModule();

        DataSchemaNode rebind = context.findDataTreeChild(List.of(QName.create(ietf, "dhcpv6-server"),
            QName.create(ietf, "allocation-ranges"), QName.create(ietf, "allocation-range"),
            QName.create(ietf, "address-pools"), QName.create(ietf, "address-pool"), QName.create(ietf, "rebind-time")))
            .orElseThrow();

        assertEquals(Set.of("rebind-time must not be below renew-time", "rebind-time must not be above "
            + "preferred-lifetime"), ((MustConstraintAware) rebind).getMustConstraints().stream()
                .map(must -> must.getErrorMessage().orElseThrow()).collect(Collectors.toSet()));
    }

    @Test
    void leaseReclamationGroupingGivesTheDhcpv6ServerItsOwnNodes() throws Exception {
        EffectiveModelContext context = parseAll();
        QNameModule ietf = context.findModules("ietf-dhcpv6-server").iterator().next().getQNameModule();
        QNameModule takahe = context.findModules("takahe-dhcpv6-server").iterator().next().getQNameModule();

        DataSchemaNode probation = context.findDataTreeChild(List.of(QName.create(ietf, "dhcpv6-server"),
            QName.create(takahe, "decline-probation-period"))).orElseThrow();

        assertEquals(Optional.of("86400"),
            ((LeafSchemaNode) probation).getType().getDefaultValue().map(String::valueOf));
    }

    private static EffectiveModelContext parseAll() throws Exception {
        YangParser parser = new DefaultYangParserFactory().createParser();
        for (URL source : YangModules.sources()) {
            parser.addSource(new URLYangTextSource(source));
        }
        return parser.buildEffectiveModel();
    }
}
