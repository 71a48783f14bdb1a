package org.takahe.dhcp.config;

import org.takahe.dhcp.classify.Value;

/**
 * How a subnet computes a request's flexible identifier (Kea's flex-id): an expression of the classification
 * language, compiled at commit, whose bytes are matched against reservations by flex-id.
 *
 * @param source the expression as configured, for messages
 * @param expression the compiled expression
 */
public record FlexIdExpression(String source, Value expression) {
}
