package org.takahe.netconf.rpc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.takahe.datastore.ErrorTag;
import org.takahe.datastore.xml.XmlDataCodec;
import org.w3c.dom.Element;

/**
 * Turns datastore contents into the {@code <data>} element of a get or get-config reply. The tree
 * is written as XML and read back as DOM so that the subtree filter works on exactly what the
 * client would see.
 */
final class DataElements {

    private final XmlDataCodec codec;
    private final ListKeys listKeys;
    private final XMLOutputFactory outputFactory = XMLOutputFactory.newFactory();

    DataElements(XmlDataCodec codec) {
        this.codec = codec;
        this.listKeys = new ListKeys(codec.schema());
    }

    RpcOutput.Data toData(ContainerNode root, Optional<SubtreeFilter> filter) throws RpcException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = outputFactory.createXMLStreamWriter(bytes, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeStartElement("", "data", NetconfXml.BASE_NS);
            writer.writeDefaultNamespace(NetconfXml.BASE_NS);
            codec.writeData(root, writer);
            writer.writeEndElement();
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException | IOException e) {
            throw new RpcException(RpcError.of(ErrorType.APPLICATION, ErrorTag.OPERATION_FAILED,
                "cannot encode the data: " + e.getMessage()));
        }
        Element data;
        try {
            data = NetconfXml.parse(bytes.toByteArray()).getDocumentElement();
        } catch (NetconfXml.MalformedXmlException e) {
            throw new IllegalStateException("the data codec wrote XML that does not parse", e);
        }
        filter.ifPresent(subtree -> subtree.apply(data, listKeys));
        return new RpcOutput.Data(data);
    }
}
