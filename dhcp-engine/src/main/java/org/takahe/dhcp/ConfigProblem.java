package org.takahe.dhcp;

import java.util.Optional;

/**
 * Something in a configuration the engine refuses to serve, named so an operator can find it.
 *
 * @param subnetId the subnet concerned
 * @param poolId the pool concerned, when it is about a pool
 * @param message what is wrong, with the values involved
 * @param reservationId the host reservation concerned, when it is about one
 */
public record ConfigProblem(String subnetId, Optional<String> poolId, String message, Optional<String> reservationId) {

    /** A problem of a subnet or one of its pools. */
    public ConfigProblem(String subnetId, Optional<String> poolId, String message) {
        this(subnetId, poolId, message, Optional.empty());
    }

    /** A problem of one of the subnet's host reservations. */
    public static ConfigProblem ofReservation(String subnetId, String reservationId, String message) {
        return new ConfigProblem(subnetId, Optional.empty(), message, Optional.of(reservationId));
    }
}
