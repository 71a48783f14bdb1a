package org.takahe.dhcp.config;

/**
 * Which option space holds the sub-options of option 43 for clients of a vendor class (option 60).
 *
 * @param vendorClass matched against the start of the client's option 60 text: "PXEClient" matches
 *     "PXEClient:Arch:00007:UNDI:003016"; the longest match wins
 * @param space the option space whose options become the sub-options
 */
public record VendorClassSpace(String vendorClass, String space) {

    public boolean matches(String clientVendorClass) {
        return clientVendorClass.startsWith(vendorClass);
    }
}
