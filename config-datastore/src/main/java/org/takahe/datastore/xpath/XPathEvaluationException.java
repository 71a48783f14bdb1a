package org.takahe.datastore.xpath;

/** An expression that parsed but cannot be evaluated here, e.g. one using a variable. */
public final class XPathEvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public XPathEvaluationException(String message) {
        super(message);
    }
}
