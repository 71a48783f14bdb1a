package org.takahe.server.config;

import static org.takahe.server.config.ModelNames.BOOT_FILE_NAME;
import static org.takahe.server.config.ModelNames.CLIENT_CLASS;
import static org.takahe.server.config.ModelNames.CLIENT_CLASSES;
import static org.takahe.server.config.ModelNames.NAME;
import static org.takahe.server.config.ModelNames.NEXT_SERVER;
import static org.takahe.server.config.ModelNames.OPTION_SET_ID;
import static org.takahe.server.config.ModelNames.SERVER_HOSTNAME;
import static org.takahe.server.config.ModelNames.TEST;
import static org.takahe.server.config.ModelNames.VALID_LIFETIME;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.takahe.dhcp.classify.BuiltinClasses;
import org.takahe.dhcp.classify.Condition;
import org.takahe.dhcp.classify.Expression;
import org.takahe.dhcp.classify.ExpressionException;
import org.takahe.dhcp.config.BootFields;
import org.takahe.dhcp.config.ClientClass4;
import org.takahe.dhcp.config.Ipv4Prefix.Ipv4;

/**
 * Reads client-classes into {@link ClientClass4} records, compiling each test once, here at commit. A test that
 * does not compile, or that asks about a class not defined before it, is refused with the node's path and the
 * position in the expression, so a bad test never reaches a packet.
 */
final class ClientClassReader {
    private ClientClassReader() {
    }

    /** The classes in the order listed, which is the order they are evaluated in. */
    static List<ClientClass4> read(DataContainerNode v4) throws ConfigRefusal {
        List<ClientClass4> classes = new ArrayList<>();
        Set<String> definedBefore = new HashSet<>();
        for (MapEntryNode entry : YangData.container(v4, CLIENT_CLASSES)
                .map(c -> YangData.entries(c, CLIENT_CLASS)).orElse(List.of())) {
            String name = YangData.text(entry, NAME).orElseThrow();
            YangInstanceIdentifier path = Dhcpv4Paths.clientClass(name);
            Optional<String> source = YangData.text(entry, TEST);
            if (BuiltinClasses.isBuiltin(name) && source.isPresent()) {
                throw new ConfigRefusal(path.node(TEST), "class " + name + " is built in: the server decides who is "
                    + "in it, so it may carry options and boot settings but no test");
            }
            Optional<Condition> test = source.isPresent()
                ? Optional.of(test(source.get(), path.node(TEST), definedBefore)) : Optional.empty();
            BootFields boot = new BootFields(YangData.text(entry, NEXT_SERVER).map(Ipv4::parse),
                YangData.text(entry, SERVER_HOSTNAME), YangData.text(entry, BOOT_FILE_NAME));
            classes.add(new ClientClass4(name, test, YangData.texts(entry, OPTION_SET_ID), boot,
                YangData.number(entry, VALID_LIFETIME).map(Duration::ofSeconds)));
            definedBefore.add(name);
        }
        return classes;
    }

    /**
     * The range's or pool's client-class leaf, which must name a defined class or a built-in one: a typo would
     * otherwise shut every client out silently.
     */
    static Optional<String> restriction(DataContainerNode node, List<ClientClass4> classes,
            YangInstanceIdentifier path) throws ConfigRefusal {
        Optional<String> name = YangData.text(node, CLIENT_CLASS);
        if (name.isPresent() && !BuiltinClasses.isBuiltin(name.get())
                && classes.stream().noneMatch(c -> c.name().equals(name.get()))) {
            throw new ConfigRefusal(path.node(CLIENT_CLASS), "client class '" + name.get() + "' is not defined in "
                + "client-classes and is not a built-in class (ALL, KNOWN, UNKNOWN, VENDOR_CLASS_...)");
        }
        return name;
    }

    private static Condition test(String source, YangInstanceIdentifier path, Set<String> definedBefore)
            throws ConfigRefusal {
        Condition test;
        try {
            test = Expression.compileCondition(source);
        } catch (ExpressionException e) {
            throw new ConfigRefusal(path, "test does not compile " + e.getMessage() + "; test: " + source);
        }
        for (String member : test.memberReferences()) {
            if (!BuiltinClasses.isBuiltin(member) && !definedBefore.contains(member)) {
                throw new ConfigRefusal(path, "test asks about class '" + member + "', which is not defined before "
                    + "this class (a test may only use classes listed above it, or built-in ones)");
            }
        }
        return test;
    }
}
