package org.takahe.server.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.OptionCodec;
import org.takahe.dhcp.wire.OptionDataException;
import org.takahe.dhcp.wire.OptionDataType;
import org.takahe.dhcp.wire.OptionDefinition;
import org.takahe.dhcp.wire.OptionKey;

/**
 * Kea's option-def and option-data entries, as both takahe-dhcpv4-server and takahe-dhcpv6-server write them
 * (leaves of the same names in each module's namespace), read against the shared option catalogue: a definition
 * from an option-def entry, and an option entry's name and data checked and encoded to wire bytes.
 */
public final class OptionEntries {
    private OptionEntries() {
    }

    /**
     * The definition an option-def entry gives (leaves code, name, type, record-types, array).
     *
     * @param space the catalogue's space for the entry, which the caller maps from the entry's own space leaf
     * @throws IllegalArgumentException when the entry describes no layout; the message says why
     */
    public static OptionDefinition definition(MapEntryNode entry, QNameModule module, String space) {
        String typeName = YangData.text(entry, QName.create(module, "type")).orElseThrow();
        OptionDataType type = OptionDataType.byName(typeName)
            .orElseThrow(() -> new IllegalArgumentException("unknown option type " + typeName));
        List<OptionDataType> fields = new ArrayList<>();
        for (String field : YangData.texts(entry, QName.create(module, "record-types"))) {
            fields.add(OptionDataType.byName(field)
                .orElseThrow(() -> new IllegalArgumentException("unknown field type " + field)));
        }
        return new OptionDefinition(YangData.number(entry, QName.create(module, "code")).orElseThrow().intValue(),
            YangData.text(entry, QName.create(module, "name")).orElseThrow(), space, type,
            YangData.bool(entry, QName.create(module, "array")).orElse(false), fields, Optional.empty());
    }

    /**
     * The wire bytes of an option entry's data (leaves name, data, csv-format): its text form read against the
     * definition, or hex.
     *
     * @param definition the option's definition, standard or custom, if it has one
     * @param mayBeEmpty whether the option may come without data although its definition has a type (one built
     *     from sub-options configured elsewhere)
     * @param path the entry, which a refusal names (its data leaf when the data does not fit)
     * @throws ConfigRefusal when the name is not the definition's or the data does not fit it
     */
    public static Octets data(MapEntryNode entry, QNameModule module, OptionKey key,
            Optional<OptionDefinition> definition, boolean mayBeEmpty, YangInstanceIdentifier path)
            throws ConfigRefusal {
        Optional<String> name = YangData.text(entry, QName.create(module, "name"));
        if (name.isPresent() && !definition.map(OptionDefinition::name).equals(name)) {
            throw new ConfigRefusal(path, definition.map(d -> "option " + key + " is " + d.name() + ", not "
                + name.get()).orElse("option " + key + " has no definition named " + name.get()
                    + "; define it under option-defs"));
        }
        QName dataLeaf = QName.create(module, "data");
        Optional<String> data = YangData.text(entry, dataLeaf);
        boolean csv = YangData.bool(entry, QName.create(module, "csv-format")).orElse(true);
        try {
            return encode(key, definition, data, csv, mayBeEmpty);
        } catch (OptionDataException e) {
            throw new ConfigRefusal(path.node(dataLeaf), e.getMessage());
        }
    }

    private static Octets encode(OptionKey key, Optional<OptionDefinition> definition, Optional<String> data,
            boolean csv, boolean mayBeEmpty) throws OptionDataException {
        if (data.isEmpty()) {
            if (!mayBeEmpty && !definition.map(d -> d.type() == OptionDataType.EMPTY).orElse(true)) {
                throw new OptionDataException("option " + definition.get().name() + " ("
                    + definition.get().describeType() + ") needs data");
            }
            return Octets.empty();
        }
        if (!csv) {
            return definition.isPresent() ? OptionCodec.fromHex(definition.get(), data.get())
                : OptionCodec.hex(data.get());
        }
        if (definition.isEmpty()) {
            throw new OptionDataException("option " + key + " has no definition, so its data can only be hex "
                + "(csv-format false); or define it under option-defs");
        }
        return OptionCodec.fromText(definition.get(), data.get());
    }
}
