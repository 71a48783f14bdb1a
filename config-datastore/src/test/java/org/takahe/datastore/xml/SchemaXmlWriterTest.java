package org.takahe.datastore.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerChild;
import org.opendaylight.yangtools.yang.data.api.schema.stream.NormalizedNodeWriter;
import org.opendaylight.yangtools.yang.data.codec.xml.XMLStreamNormalizedNodeStreamWriter;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.datastore.YangSchemas;
import org.takahe.yang.YangModules;

/** The cached-codec writer gives byte for byte what yangtools' schema-aware writer gives. */
class SchemaXmlWriterTest {
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    @Test
    void exampleConfigurationOfTheRealModelsIsWrittenAsYangtoolsWritesIt() throws Exception {
        EffectiveModelContext schema = YangSchemas.load(YangModules.sources());
        XmlDataCodec codec = new XmlDataCodec(schema);
        ContainerNode root;
        try (var in = YangModules.exampleStartupConfig().openStream()) {
            root = codec.readConfigDocument(in);
        }

        assertEquals(yangtools(schema, root), ours(codec, root));
    }

    @Test
    void prefixedAndSpecialValuesAreWrittenAsYangtoolsWritesThem() throws Exception {
        List<URL> sources = new ArrayList<>(YangModules.sources());
        sources.add(SchemaXmlWriterTest.class.getResource("/writer/takahe-writer-test@2025-01-01.yang"));
        EffectiveModelContext schema = YangSchemas.load(sources);
        XmlDataCodec codec = new XmlDataCodec(schema);
        String config = """
            <config xmlns="urn:ietf:params:xml:ns:netconf:base:1.0"><values xmlns="urn:takahe:writer-test"
                xmlns:w="urn:takahe:writer-test">
              <colour>w:red</colour><colour-or-text>w:red</colour-or-text><number-or-text>7</number-or-text>
              <pointer>/w:values/w:text</pointer><blob>AAEC</blob><flags>c a</flags><flag/>
              <word>abc</word><text> a &lt; b &amp; "c" </text><text2-absent-guard/>
              <amount>1.50</amount><size>large</size><colours>w:red</colours><colours>w:colour</colours>
              <words>z</words><words>a</words><empty-box/><radius>3</radius>
              <item><note>n</note><number>2</number><name>b</name><word-ref>abc</word-ref></item>
              <item><name>a</name><number>1</number></item>
            </values></config>""".replace("<text2-absent-guard/>", "");
        ContainerNode root = codec.parseConfig(XmlDataCodec.parseSecure(
            new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8))).getDocumentElement());

        assertEquals(yangtools(schema, root), ours(codec, root));
    }

    private static String ours(XmlDataCodec codec, ContainerNode root) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLStreamWriter out = start(bytes);
        codec.writeData(root, out);
        return finish(out, bytes);
    }

    private static String yangtools(EffectiveModelContext schema, ContainerNode root) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLStreamWriter out = start(bytes);
        NormalizedNodeWriter writer = NormalizedNodeWriter.forStreamWriter(
            XMLStreamNormalizedNodeStreamWriter.create(out, schema));
        for (DataContainerChild child : root.body()) {
            writer.write(child);
        }
        writer.flush();
        return finish(out, bytes);
    }

    private static XMLStreamWriter start(ByteArrayOutputStream bytes) throws Exception {
        XMLStreamWriter out = OUTPUT.createXMLStreamWriter(bytes, "UTF-8");
        out.writeStartElement("", "data", XmlDataCodec.NETCONF_BASE_NS);
        out.writeDefaultNamespace(XmlDataCodec.NETCONF_BASE_NS);
        return out;
    }

    private static String finish(XMLStreamWriter out, ByteArrayOutputStream bytes) throws Exception {
        out.writeEndElement();
        out.close();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
