package org.takahe.datastore;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangNetconfError;
import org.opendaylight.yangtools.yang.data.api.YangNetconfErrorAware;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.tree.api.DataValidationFailedException;
import org.opendaylight.yangtools.yang.data.tree.api.ModifiedNodeDoesNotExistException;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;

/** Turns yangtools' validation failures into datastore errors that NETCONF can report. */
final class ValidationFailures {

    private final EffectiveModelContext schema;

    ValidationFailures(EffectiveModelContext schema) {
        this.schema = schema;
    }

    /**
     * The datastore error for a failure of the data tree while applying or validating changes.
     *
     * @param where the path being edited, when the failure does not say where it happened
     * @param attempted the whole data that failed validation, to find what it lacks
     */
    DatastoreException translate(Exception failure, Optional<YangInstanceIdentifier> where,
            Optional<ContainerNode> attempted) {
        for (@Nullable Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof YangNetconfErrorAware aware && !aware.getNetconfErrors().isEmpty()) {
                // unique, min/max-elements: yangtools already knows their RFC 7950 §15 rpc-error
                YangNetconfError error = aware.getNetconfErrors().getFirst();
                Optional<YangInstanceIdentifier> path = Optional.ofNullable(error.path()).or(() -> where);
                return new DatastoreException(tagOf(error.tag().elementBody()), path.map(this::render),
                    Optional.ofNullable(error.appTag()), describe(error.message(), path), failure);
            }
        }
        // yangtools reports a missing mandatory node untyped and without its path (or, for a
        // whole-tree write, as a generic validation failure): look for one first
        Optional<YangInstanceIdentifier> missing = attempted.flatMap(
            root -> MandatoryNodes.firstMissing(root, schema, DataRoots.PATH));
        if (missing.isPresent()) {
            String path = render(missing.orElseThrow());
            return new DatastoreException(ErrorTag.MISSING_ELEMENT, Optional.of(path), Optional.empty(),
                DatastoreException.BadNode.element(missing.orElseThrow().getLastPathArgument().getNodeType()
                    .getLocalName()), path + " is mandatory but missing", failure);
        }
        if (failure instanceof DataValidationFailedException validation) {
            Optional<YangInstanceIdentifier> path = Optional.of(validation.getPath());
            ErrorTag tag = failure instanceof ModifiedNodeDoesNotExistException ? ErrorTag.DATA_MISSING
                : ErrorTag.OPERATION_FAILED;
            return new DatastoreException(tag, path.map(this::render), describe(failure.getMessage(), path), failure);
        }
        return new DatastoreException(ErrorTag.OPERATION_FAILED, where.map(this::render),
            describe(String.valueOf(failure.getMessage()), where), failure);
    }

    private String describe(String message, Optional<YangInstanceIdentifier> path) {
        return path.map(p -> render(p) + ": " + message).orElse(message);
    }

    String render(YangInstanceIdentifier path) {
        return ErrorPaths.render(path, schema);
    }

    private static ErrorTag tagOf(String elementBody) {
        try {
            return ErrorTag.valueOf(elementBody.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            return ErrorTag.OPERATION_FAILED;
        }
    }
}
