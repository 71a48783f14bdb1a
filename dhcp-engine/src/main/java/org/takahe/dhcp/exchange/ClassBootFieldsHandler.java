package org.takahe.dhcp.exchange;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.takahe.dhcp.config.BootFields;
import org.takahe.dhcp.config.ClientClass4;

/**
 * Puts the boot fields of the request's classes into the reply: siaddr (next-server), sname (server-hostname) and
 * file (boot-file-name). When several classes set a field, the first class assigned wins, as in Kea. A host
 * reservation's fields, applied after this, win over all classes.
 */
final class ClassBootFieldsHandler implements Handler4 {
    private final Map<String, BootFields> bootByClass;

    ClassBootFieldsHandler(List<ClientClass4> classes) {
        this.bootByClass = classes.stream().filter(c -> !c.boot().equals(BootFields.none()))
            .collect(Collectors.toUnmodifiableMap(ClientClass4::name, ClientClass4::boot, (first, second) -> first));
    }

    @Override
    public Step handle(Request4 request, Reply4.Builder reply) {
        if (bootByClass.isEmpty() || reply.type().isEmpty()) {
            return Step.CONTINUE;
        }
        BootFields chosen = BootFields.none();
        for (String name : reply.classes().names()) {
            BootFields fields = bootByClass.get(name);
            if (fields != null) {
                chosen = fields.overriddenBy(chosen);
            }
        }
        reply.boot(chosen);
        return Step.CONTINUE;
    }
}
