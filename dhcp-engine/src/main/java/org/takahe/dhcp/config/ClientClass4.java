package org.takahe.dhcp.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.takahe.dhcp.classify.Condition;

/**
 * A client class (Kea's {@code client-classes} entry): which packets belong to it and what its members get.
 *
 * @param name unique among the classes; subnets, pools and {@code member('name')} refer to it
 * @param test the compiled membership test; without one, only a host reservation or a hook can assign the class
 * @param optionSetIds option sets its members receive (Kea: above global options, below subnet and pool ones)
 * @param boot siaddr, sname and file for its members; the first class (in assignment order) that sets a field wins
 * @param validLifetime lease time for its members instead of the subnet's
 */
public record ClientClass4(String name, Optional<Condition> test, List<String> optionSetIds, BootFields boot,
        Optional<Duration> validLifetime) {

    public ClientClass4 {
        optionSetIds = List.copyOf(optionSetIds);
    }

    /** A class that only tests: no options, boot fields or lifetime of its own. */
    public static ClientClass4 tested(String name, Condition test) {
        return new ClientClass4(name, Optional.of(test), List.of(), BootFields.none(), Optional.empty());
    }
}
