package org.takahe.dhcp;

import java.util.Optional;

/**
 * Something in a configuration the engine refuses to serve, named so an operator can find it.
 *
 * @param subnetId the subnet concerned
 * @param poolId the pool concerned, when it is about a pool
 * @param message what is wrong, with the values involved
 */
public record ConfigProblem(String subnetId, Optional<String> poolId, String message) {
}
