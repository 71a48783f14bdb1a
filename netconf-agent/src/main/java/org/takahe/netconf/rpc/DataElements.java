package org.takahe.netconf.rpc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.takahe.datastore.ConfigDefaults;
import org.takahe.datastore.ErrorTag;
import org.takahe.datastore.WithDefaultsMode;
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
    private final ConfigDefaults defaults;
    private final XMLOutputFactory outputFactory = XMLOutputFactory.newDefaultFactory();

    DataElements(XmlDataCodec codec) {
        this.codec = codec;
        this.listKeys = new ListKeys(codec.schema());
        this.defaults = new ConfigDefaults(codec.schema());
    }

    RpcOutput toData(ContainerNode root, Optional<DataFilter> filter) throws RpcException {
        return toData(root, filter, WithDefaultsParameter.BASIC_MODE, false);
    }

    /**
     * As {@link #toData(ContainerNode, Optional)}, reporting defaults as the with-defaults mode asks
     * (RFC 6243); report-all-tagged tags before filtering, so a filter keeps the tags it selects.
     *
     * @param withState whether the data holds state, whose defaults are reported too
     */
    RpcOutput toData(ContainerNode root, Optional<DataFilter> filter, WithDefaultsMode mode,
            boolean withState) throws RpcException {
        ContainerNode reported = defaults.apply(mode, root, withState);
        boolean needsDom = filter.isPresent() || mode == WithDefaultsMode.REPORT_ALL_TAGGED;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = outputFactory.createXMLStreamWriter(bytes, "UTF-8");
            if (needsDom) {
                writer.writeStartDocument("UTF-8", "1.0");
            }
            writer.writeStartElement("", "data", NetconfXml.BASE_NS);
            writer.writeDefaultNamespace(NetconfXml.BASE_NS);
            codec.writeData(reported, writer);
            writer.writeEndElement();
            if (needsDom) {
                writer.writeEndDocument();
            }
            writer.close();
        } catch (XMLStreamException | IOException e) {
            throw new RpcException(RpcError.of(ErrorType.APPLICATION, ErrorTag.OPERATION_FAILED,
                "cannot encode the data: " + e.getMessage()));
        }
        if (!needsDom) {
            return new RpcOutput.EncodedData(bytes.toByteArray());
        }
        Element data;
        try {
            data = NetconfXml.parse(bytes.toByteArray()).getDocumentElement();
        } catch (NetconfXml.MalformedXmlException e) {
            throw new IllegalStateException("the data codec wrote XML that does not parse", e);
        }
        if (mode == WithDefaultsMode.REPORT_ALL_TAGGED) {
            codec.tagDefaults(data, defaults);
        }
        if (filter.isPresent()) {
            filter.get().apply(data, listKeys);
        }
        return new RpcOutput.Data(data);
    }
}
