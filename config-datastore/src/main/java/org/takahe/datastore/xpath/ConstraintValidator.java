package org.takahe.datastore.xpath;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.LeafNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidateNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.DatastoreMessages;
import org.takahe.datastore.ErrorPaths;
import org.takahe.datastore.ErrorTag;

/**
 * Checks a whole configuration against every must and when of its schema (RFC 7950 §7.5.3,
 * §7.21.5), as validate and commit require. The constraints are gathered once per schema; each
 * check builds the tree the expressions see once and evaluates every constraint once per instance
 * of its node. Safe for concurrent use.
 */
public final class ConstraintValidator {

    private static final Logger LOG = LoggerFactory.getLogger(ConstraintValidator.class);

    private final EffectiveModelContext schema;
    private final ConstraintCatalog catalog;
    private final DataTreeView view;
    private final SchemaFacts facts;
    private final Functions functions = new Functions();

    public ConstraintValidator(EffectiveModelContext schema) {
        this.schema = schema;
        this.catalog = new ConstraintCatalog(schema);
        this.view = new DataTreeView(schema);
        this.facts = new DataSchemaFacts(schema);
        DatastoreMessages.DATASTORE_XPATH_CONSTRAINTS_LOADED.log(LOG, catalog.count(Constraint.Kind.MUST),
            catalog.count(Constraint.Kind.WHEN));
    }

    /**
     * Whether a change could alter any constraint's verdict on a configuration that met them all
     * before it. Only a change of leaf values whose names no constraint is on or reads can not; any
     * node created or deleted, or an expression that reads nodes it does not name, means yes.
     */
    public boolean mayBeAffectedBy(DataTreeCandidateNode change) {
        Optional<Set<String>> watched = catalog.watchedNames();
        return watched.isEmpty() || touches(change, watched.get());
    }

    private static boolean touches(DataTreeCandidateNode node, Set<String> watched) {
        for (DataTreeCandidateNode child : node.childNodes()) {
            switch (child.modificationType()) {
                case UNMODIFIED -> {
                    // nothing changed below
                }
                case SUBTREE_MODIFIED -> {
                    if (touches(child, watched)) {
                        return true;
                    }
                }
                default -> {
                    boolean valueChange = child.dataBefore() instanceof LeafNode<?>
                        && child.dataAfter() instanceof LeafNode<?>;
                    if (!valueChange || watched.contains(child.name().getNodeType().getLocalName())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * @throws DatastoreException for the first violation in document order: a node whose when is
     *     false (unknown-element, RFC 7950 §8.3.2) or a failed must (operation-failed with the
     *     statement's error-message and error-app-tag, else "must-violation", RFC 7950 §15.4);
     *     the error-path names the offending node
     */
    public void check(ContainerNode root) throws DatastoreException {
        XNode top = view.build(root, schema);
        Deque<XNode> todo = new ArrayDeque<>(top.children().reversed());
        while (!todo.isEmpty()) {
            XNode node = todo.pop();
            if (node.origin() instanceof DataNodeOrigin origin && !origin.isDefault()) {
                for (Constraint constraint : catalog.of(origin.schema())) {
                    check(constraint, node, origin);
                }
            }
            for (XNode child : node.children().reversed()) {
                todo.push(child);
            }
        }
    }

    private void check(Constraint constraint, XNode node, DataNodeOrigin origin) throws DatastoreException {
        @Nullable XNode context = constraint.onParent() ? node.parent() : node;
        if (context == null) {
            return;
        }
        boolean holds;
        try {
            holds = XValue.bool(new Evaluator(constraint.expression(), context,
                Optional.of(constraint.defaultNamespace()), facts, functions).evaluate());
        } catch (XPathEvaluationException e) {
            String path = ErrorPaths.render(origin.path(), schema);
            throw new DatastoreException(ErrorTag.OPERATION_FAILED, Optional.of(path),
                "cannot evaluate " + constraint.kind().name().toLowerCase(java.util.Locale.ROOT) + " \""
                    + constraint.text() + "\" for " + path + ": " + e.getMessage(), e);
        }
        if (holds) {
            return;
        }
        String path = ErrorPaths.render(origin.path(), schema);
        if (constraint.kind() == Constraint.Kind.WHEN) {
            throw new DatastoreException(ErrorTag.UNKNOWN_ELEMENT, Optional.of(path),
                path + " exists but its when condition \"" + constraint.text() + "\" is false");
        }
        throw new DatastoreException(ErrorTag.OPERATION_FAILED, Optional.of(path),
            Optional.of(constraint.errorAppTag().orElse("must-violation")),
            constraint.errorMessage().orElse(path + " violates the must condition \"" + constraint.text() + "\""),
            null);
    }
}
