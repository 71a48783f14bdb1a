package org.takahe.dhcp.wire;

/**
 * One row of the option table: a code, a name for logs and a data format. Options are data, not
 * classes: adding a standard or custom option is adding a row.
 */
public record OptionDefinition(int code, String name, OptionFormat format) {

    public OptionDefinition {
        if (code < 1 || code > 254) {
            throw new IllegalArgumentException("option code " + code + " is not in 1..254 (0 and 255 are pad and end)");
        }
    }
}
