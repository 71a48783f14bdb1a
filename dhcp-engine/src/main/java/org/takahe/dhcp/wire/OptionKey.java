package org.takahe.dhcp.wire;

/** Identifies an option: its code within its space. */
public record OptionKey(String space, int code) {

    public static OptionKey dhcp4(int code) {
        return new OptionKey(OptionSpace.DHCP4, code);
    }

    @Override
    public String toString() {
        return space + "/" + code;
    }
}
