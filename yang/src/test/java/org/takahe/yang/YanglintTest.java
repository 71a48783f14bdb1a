package org.takahe.yang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

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
