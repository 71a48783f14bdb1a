package org.takahe.netconf.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.datastore.ErrorTag;
import org.takahe.datastore.xml.XmlDataCodec;
import org.takahe.netconf.TestSchema;
import org.w3c.dom.Element;

class XPathFilterTest {

    private static final EffectiveModelContext SCHEMA = TestSchema.load();
    private static final XmlDataCodec CODEC = new XmlDataCodec(SCHEMA);

    private static final String CONFIG = "<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">"
        + "<server xmlns=\"urn:takahe:test:nctest\"><name>s1</name>"
        + "<pool><id>a</id><prefix>198.18.0.0/24</prefix><size>10</size></pool>"
        + "<pool><id>b</id><prefix>198.18.1.0/24</prefix><size>20</size></pool>"
        + "</server></config>";

    private static Element operation(String filter) throws Exception {
        String xml = "<get-config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\""
            + " xmlns:nt=\"urn:takahe:test:nctest\">"
            + "<source><running/></source>" + filter + "</get-config>";
        return XmlDataCodec.parseSecure(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    }

    private static String filtered(String filter) throws Exception {
        ContainerNode root = CODEC.readConfigDocument(
            new ByteArrayInputStream(CONFIG.getBytes(StandardCharsets.UTF_8)));
        Element data = ((RpcOutput.Data) new DataElements(CODEC).toData(root, DataFilter.of(operation(filter))))
            .data();
        return text(data);
    }

    /** Element names and leaf values in document order, e.g. "server(pool(id=a size=10))". */
    private static String text(Element element) {
        List<Element> children = NetconfXml.childElements(element);
        if (children.isEmpty()) {
            return element.getLocalName() + "=" + element.getTextContent();
        }
        StringBuilder out = new StringBuilder(element.getLocalName()).append('(');
        for (int i = 0; i < children.size(); i++) {
            out.append(i == 0 ? "" : " ").append(text(children.get(i)));
        }
        return out.append(')').toString();
    }

    @Test
    void selectedLeafComesWithItsAncestorsAndTheKeysOfListEntries() throws Exception {
        assertEquals("data(server(pool(id=b size=20)))",
            filtered("<filter type=\"xpath\" select=\"/nt:server/nt:pool[nt:id='b']/nt:size\"/>"));
    }

    @Test
    void selectedListEntryComesWhole() throws Exception {
        assertEquals("data(server(pool(id=a size=10 prefix=198.18.0.0/24)))",
            filtered("<filter type=\"xpath\" select=\"/nt:server/nt:pool[nt:size &lt; 15]\"/>"));
    }

    @Test
    void prefixesDeclaredOnTheFilterElementAreUsed() throws Exception {
        assertEquals("data(server(name=s1))",
            filtered("<filter xmlns:x=\"urn:takahe:test:nctest\" type=\"xpath\" select=\"/x:server/x:name\"/>"));
    }

    @Test
    void filterSelectingNothingLeavesDataEmpty() throws Exception {
        assertEquals("data=", filtered("<filter type=\"xpath\" select=\"/nt:server/nt:pool[nt:id='zz']\"/>"));
    }

    @Test
    void unionAndFunctionsWork() throws Exception {
        assertEquals("data(server(pool(id=b size=20 prefix=198.18.1.0/24) name=s1))", filtered(
            "<filter type=\"xpath\" select=\"/nt:server/nt:name"
                + " | //nt:pool[count(../nt:pool) = 2][starts-with(nt:prefix, '198.18.1.')]\"/>"));
    }

    @Test
    void undeclaredPrefixIsAnInvalidValue() {
        RpcException e = assertThrows(RpcException.class,
            () -> filtered("<filter type=\"xpath\" select=\"/zz:server\"/>"));

        assertEquals(ErrorTag.INVALID_VALUE, e.error().tag());
    }

    @Test
    void missingSelectIsAMissingAttribute() {
        RpcException e = assertThrows(RpcException.class, () -> filtered("<filter type=\"xpath\"/>"));

        assertEquals(ErrorTag.MISSING_ATTRIBUTE, e.error().tag());
        assertEquals(Optional.of("select"), e.error().info().stream()
            .filter(info -> info.name().equals("bad-attribute")).map(RpcError.Info::value).findFirst());
    }

    @Test
    void expressionThatIsNotANodeSetIsRefused() {
        RpcException e = assertThrows(RpcException.class,
            () -> filtered("<filter type=\"xpath\" select=\"count(/nt:server/nt:pool)\"/>"));

        assertEquals(ErrorTag.INVALID_VALUE, e.error().tag());
    }
}
