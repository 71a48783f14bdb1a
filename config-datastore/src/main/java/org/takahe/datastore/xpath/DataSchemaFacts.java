package org.takahe.datastore.xpath;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.IdentitySchemaNode;
import org.opendaylight.yangtools.yang.model.api.Module;
import org.opendaylight.yangtools.yang.model.api.PathExpression;
import org.opendaylight.yangtools.yang.model.api.TypeDefinition;
import org.opendaylight.yangtools.yang.model.api.TypedDataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.type.EnumTypeDefinition;
import org.opendaylight.yangtools.yang.model.api.type.LeafrefTypeDefinition;

/** The YANG functions' knowledge of a schema, for trees built by {@link DataTreeView}. */
final class DataSchemaFacts implements SchemaFacts {

    private final Map<QName, IdentitySchemaNode> identities = new HashMap<>();

    DataSchemaFacts(EffectiveModelContext schema) {
        for (Module module : schema.getModules()) {
            for (IdentitySchemaNode identity : module.getIdentities()) {
                identities.put(identity.getQName(), identity);
            }
        }
    }

    @Override
    public List<XNode> deref(XNode node, Evaluator evaluator) {
        if (!(node.origin() instanceof DataNodeOrigin origin)
                || !(origin.schema() instanceof TypedDataSchemaNode typed)
                || !(typed.getType() instanceof LeafrefTypeDefinition leafref)) {
            return List.of();
        }
        // RFC 7950 §9.9.2: the path is evaluated with the leafref node as its current node
        PathExpression path = leafref.getPathStatement();
        Evaluator forLeaf = new Evaluator(evaluator.expression(), node,
            java.util.Optional.of(node.namespace()), this, evaluator.functions());
        List<XNode> targets = switch (path.getSteps()) {
            case PathExpression.LocationPathSteps steps -> forLeaf.select(steps.getLocationPath(), node);
            default -> List.of();
        };
        String value = node.stringValue();
        return targets.stream().filter(target -> target.stringValue().equals(value)).toList();
    }

    @Override
    public boolean derivedFrom(XNode node, QName identity, boolean orSelf) {
        if (!(node.origin() instanceof DataNodeOrigin origin) || !(origin.value() instanceof QName value)) {
            return false;
        }
        if (value.equals(identity)) {
            return orSelf;
        }
        Deque<IdentitySchemaNode> todo = new ArrayDeque<>();
        Set<QName> seen = new HashSet<>();
        IdentitySchemaNode start = identities.get(value);
        if (start != null) {
            todo.add(start);
        }
        while (!todo.isEmpty()) {
            for (IdentitySchemaNode base : todo.pop().getBaseIdentities()) {
                if (base.getQName().equals(identity)) {
                    return true;
                }
                if (seen.add(base.getQName())) {
                    todo.add(base);
                }
            }
        }
        return false;
    }

    @Override
    public OptionalInt enumValue(XNode node) {
        if (!(node.origin() instanceof DataNodeOrigin origin)
                || !(origin.schema() instanceof TypedDataSchemaNode typed)) {
            return OptionalInt.empty();
        }
        TypeDefinition<?> type = typed.getType();
        if (!(type instanceof EnumTypeDefinition enumeration)) {
            return OptionalInt.empty();
        }
        String name = node.stringValue();
        return enumeration.getValues().stream().filter(pair -> pair.getName().equals(name))
            .mapToInt(EnumTypeDefinition.EnumPair::getValue).findFirst();
    }
}
