package org.takahe.datastore.xpath;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.model.api.AugmentationSchemaNode;
import org.opendaylight.yangtools.yang.model.api.AugmentationTarget;
import org.opendaylight.yangtools.yang.model.api.CaseSchemaNode;
import org.opendaylight.yangtools.yang.model.api.ChoiceSchemaNode;
import org.opendaylight.yangtools.yang.model.api.DataNodeContainer;
import org.opendaylight.yangtools.yang.model.api.DataSchemaNode;
import org.opendaylight.yangtools.yang.model.api.LeafListSchemaNode;
import org.opendaylight.yangtools.yang.model.api.LeafSchemaNode;
import org.opendaylight.yangtools.yang.model.api.MustConstraintAware;
import org.opendaylight.yangtools.yang.model.api.MustDefinition;
import org.opendaylight.yangtools.yang.model.api.UsesNode;
import org.opendaylight.yangtools.yang.model.api.WhenConditionAware;
import org.opendaylight.yangtools.yang.model.api.meta.DeclaredStatement;
import org.opendaylight.yangtools.yang.model.api.meta.EffectiveStatement;
import org.opendaylight.yangtools.yang.model.api.stmt.WhenEffectiveStatement;
import org.opendaylight.yangtools.yang.xpath.api.YangXPathExpression.QualifiedBound;

/**
 * Every must and when of a schema's configuration nodes, found once per schema and keyed by the
 * schema node whose instances they constrain. yangtools parsed the expressions already; this only
 * decides, per RFC 7950 §7.5.3 and §7.21.5, which instances they apply to and from which context.
 */
final class ConstraintCatalog {

    private final Map<DataSchemaNode, List<Constraint>> byNode = new IdentityHashMap<>();
    /** See {@link #watchedNames()}. */
    private final Optional<Set<String>> watchedNames;

    ConstraintCatalog(DataNodeContainer schema) {
        walk(schema, List.of());
        watchedNames = watched();
    }

    /**
     * The local names of every node a constraint is on or can read; empty when some expression may
     * read nodes it does not name. A change of anything else cannot change any constraint's verdict.
     */
    Optional<Set<String>> watchedNames() {
        return watchedNames;
    }

    private Optional<Set<String>> watched() {
        Set<String> names = new HashSet<>();
        for (Map.Entry<DataSchemaNode, List<Constraint>> entry : byNode.entrySet()) {
            DataSchemaNode node = entry.getKey();
            names.add(node.getQName().getLocalName());
            for (Constraint constraint : entry.getValue()) {
                boolean contextIsValue = !constraint.onParent()
                    && (node instanceof LeafSchemaNode || node instanceof LeafListSchemaNode);
                Optional<Set<String>> reads = ExpressionReads.of(constraint.expression().getRootExpr(), contextIsValue);
                if (reads.isEmpty()) {
                    return Optional.empty();
                }
                names.addAll(reads.get());
            }
        }
        return Optional.of(Set.copyOf(names));
    }

    List<Constraint> of(DataSchemaNode node) {
        return byNode.getOrDefault(node, List.of());
    }

    long count(Constraint.Kind kind) {
        return byNode.values().stream().flatMap(List::stream).filter(c -> c.kind() == kind).count();
    }

    /**
     * @param inherited whens of enclosing choices and cases, which apply to every data node in them
     */
    private void walk(DataNodeContainer parent, List<Constraint> inherited) {
        for (DataSchemaNode child : parent.getChildNodes()) {
            if (!child.effectiveConfig().orElse(Boolean.TRUE)) {
                continue;
            }
            List<Constraint> applying = new ArrayList<>(inherited);
            applying.addAll(enclosingWhens(parent, child));
            if (child instanceof ChoiceSchemaNode choice) {
                when(choice, child, true).ifPresent(applying::add);
                for (CaseSchemaNode caze : choice.getCases()) {
                    List<Constraint> inCase = new ArrayList<>(applying);
                    when(caze, child, true).ifPresent(inCase::add);
                    walk(caze, inCase);
                }
                continue;
            }
            when(child, child, false).ifPresent(applying::add);
            if (child instanceof MustConstraintAware constrained) {
                for (MustDefinition must : constrained.getMustConstraints()) {
                    applying.add(new Constraint(Constraint.Kind.MUST, must.getXpath(), namespaceOf(child), false,
                        must.getErrorMessage(), must.getErrorAppTag(), text(must.asEffectiveStatement(),
                            must.getXpath())));
                }
            }
            if (!applying.isEmpty()) {
                byNode.put(child, List.copyOf(applying));
            }
            if (child instanceof DataNodeContainer container) {
                walk(container, List.of());
            }
        }
    }

    /** Whens of the uses and augment statements that put this child into its parent. */
    private static List<Constraint> enclosingWhens(DataNodeContainer parent, DataSchemaNode child) {
        List<Constraint> found = new ArrayList<>();
        for (UsesNode uses : parent.getUses()) {
            if (contains(uses.getSourceGrouping().getChildNodes(), child.getQName(), true)) {
                when(uses, child, true).ifPresent(found::add);
            }
        }
        if (parent instanceof AugmentationTarget target) {
            for (AugmentationSchemaNode augment : target.getAvailableAugmentations()) {
                if (contains(augment.getChildNodes(), child.getQName(), false)) {
                    when(augment, child, true).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    /** A grouping's nodes take the namespace of where it is used, so only local names compare. */
    private static boolean contains(Collection<? extends DataSchemaNode> nodes, QName name, boolean localOnly) {
        return nodes.stream().anyMatch(node -> localOnly ? node.getQName().getLocalName().equals(name.getLocalName())
            : node.getQName().equals(name));
    }

    private static Optional<Constraint> when(WhenConditionAware holder, DataSchemaNode constrained,
            boolean onParent) {
        return holder.getWhenCondition().map(when -> new Constraint(Constraint.Kind.WHEN, when,
            namespaceOf(constrained), onParent, Optional.empty(), Optional.empty(), whenText(holder, when)));
    }

    private static String whenText(WhenConditionAware holder, QualifiedBound when) {
        if (holder instanceof EffectiveStatement<?, ?> statement) {
            Optional<String> raw = statement.findFirstEffectiveSubstatement(WhenEffectiveStatement.class)
                .map(w -> text(w, when));
            if (raw.isPresent()) {
                return raw.orElseThrow();
            }
        }
        return when.toString();
    }

    private static String text(EffectiveStatement<?, ?> statement, QualifiedBound expression) {
        DeclaredStatement<?> declared = statement.getDeclared();
        return declared == null ? expression.toString() : declared.rawArgument();
    }

    private static String namespaceOf(DataSchemaNode node) {
        return node.getQName().getNamespace().toString();
    }
}
