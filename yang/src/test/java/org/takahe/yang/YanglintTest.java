package org.takahe.yang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** Independent second opinion on the modules: libyang is stricter than yangtools in places. */
class YanglintTest {
    private static final String NETCONF_BASE = "urn:ietf:params:xml:ns:netconf:base:1.0";
    private static final String DHCPV4 = "urn:takahe:params:xml:ns:yang:takahe-dhcpv4-server";

    @TempDir
    Path workDirectory;

    private Yanglint yanglint;

    @BeforeEach
    void copyModules() throws IOException {
        yanglint = Yanglint.in(workDirectory);
    }

    @Test
    void everyModulePassesYanglintWithoutComplaint() throws Exception {
        Yanglint.Result result = yanglint.run(yanglint.allModules());

        assertEquals("", result.stderr());
        assertEquals(0, result.exitCode());
    }

    @Test
    void exampleStartupConfigIsValidConfigurationData() throws Exception {
        Yanglint.Result result = validateConfig(exampleStartup());

        assertEquals("", result.stderr());
        assertEquals(0, result.exitCode());
    }

    @Test
    void configReferringToAnUndefinedOptionSetIsRejected() throws Exception {
        Document config = exampleStartup();
        Element rangeReference = (Element) config.getElementsByTagNameNS(DHCPV4, "option-set-id").item(1);
        assertEquals("allocation-range", rangeReference.getParentNode().getLocalName());
        rangeReference.setTextContent("no-such-options");

        Yanglint.Result result = validateConfig(config);

        assertNotEquals(0, result.exitCode());
        assertTrue(result.stderr().contains("no-such-options"), result.stderr());
    }

    @Test
    void dhcpv6ServerTreeMatchesTheRfc9243Reference() throws Exception {
        Yanglint.Result result = yanglint.run(List.of("-f", "tree", "-F", "ietf-dhcpv6-server:*",
                yanglint.module("ietf-dhcpv6-server@2022-06-20.yang").toString()));

        assertEquals("", result.stderr());
        assertEquals(0, result.exitCode());
        assertEquals(collapseWhitespace(resource("ietf-dhcpv6-server.tree.txt")), collapseWhitespace(result.stdout()));
    }

    @Test
    void dhcpv6ExampleConfigIsValidConfigurationData() throws Exception {
        Yanglint.Result result = validateConfig(dhcpv6Example());

        assertEquals("", result.stderr());
        assertEquals(0, result.exitCode());
    }

    /** The takahe-dhcpv6-server deviations are plain XPath 1.0 that libyang enforces as the datastore does. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        <pool-prefix>2001:db8:1::/64</pool-prefix> | <pool-prefix>2001:db8::/48</pool-prefix> \
            | pool-prefix is shorter than the range's network-prefix
        <client-prefix-length>56</client-prefix-length> | <client-prefix-length>32</client-prefix-length> \
            | client-prefix-length is shorter than the pool-prefix
        <id>lan</id> | <id>lan</id><renew-time>600</renew-time><rebind-time>500</rebind-time> \
            | rebind-time must not be below renew-time
        <id>lan</id> | <id>lan</id><rebind-time>900</rebind-time><preferred-lifetime>800</preferred-lifetime> \
            | rebind-time must not be above preferred-lifetime
        <allocation-ranges> | <allocation-ranges><preferred-lifetime>900</preferred-lifetime> \
            <valid-lifetime>800</valid-lifetime> | preferred-lifetime must not be above valid-lifetime
        <dhcpv6-interface>eth0</dhcpv6-interface> | <dhcpv6-interface>eth1</dhcpv6-interface> \
            | interface is not one of the DHCPv6 interfaces
        """)
    void dhcpv6ConstraintViolationsAreRejected(String original, String replacement, String message)
            throws Exception {
        Document config = dhcpv6Example();
        String xml = toXml(config.getDocumentElement());
        assertTrue(xml.contains(original), original);

        Yanglint.Result result = validateConfig(parse(xml.replace(original, replacement)));

        assertNotEquals(0, result.exitCode());
        assertTrue(result.stderr().contains(message), result.stderr());
    }

    @Test
    void dhcpv6ReservedPrefixLengthMustMatchTheReservedPrefix() throws Exception {
        String pool = "<client-prefix-length>56</client-prefix-length>";
        String xml = toXml(dhcpv6Example().getDocumentElement()).replace(pool, pool + "<host-reservations>"
            + "<prefix-reservation><reserved-prefix>2001:db8:100:100::/56</reserved-prefix>"
            + "<reserved-prefix-len>48</reserved-prefix-len></prefix-reservation></host-reservations>");

        Yanglint.Result result = validateConfig(parse(xml));

        assertNotEquals(0, result.exitCode());
        assertTrue(result.stderr().contains("reserved-prefix-len differs from the length of reserved-prefix"),
            result.stderr());
    }

    /** yanglint reads top-level data nodes, not a NETCONF {@code <config>}, so the wrapper goes. */
    private Yanglint.Result validateConfig(Document config) throws Exception {
        Element root = config.getDocumentElement();
        assertEquals(NETCONF_BASE, root.getNamespaceURI());
        assertEquals("config", root.getLocalName());
        Path data = yanglint.write("config.xml", childElementsAsXml(root));
        List<String> arguments = new ArrayList<>(List.of("-t", "config"));
        arguments.addAll(yanglint.allModules());
        arguments.add(data.toString());
        return yanglint.run(arguments);
    }

    private static Document exampleStartup() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = YangModules.exampleStartupConfig().openStream()) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static Document dhcpv6Example() throws Exception {
        return parse(resource("dhcpv6-example.xml"));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String toXml(Element element) throws Exception {
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(element), new StreamResult(out));
        return out.toString();
    }

    private static String childElementsAsXml(Element parent) throws Exception {
        Transformer transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        StringWriter out = new StringWriter();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                transformer.transform(new DOMSource(child), new StreamResult(out));
            }
        }
        return out.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = YanglintTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, name + " missing from test resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String collapseWhitespace(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
