package org.takahe.yang;

import java.net.URL;
import java.util.List;

/**
 * Finds the YANG sources the server loads into its schema context.
 *
 * <p>The list is written out by name rather than found by scanning {@code META-INF/yang/}: a
 * scan would also pick up whatever modules other jars on the class path happen to carry, and the
 * server's schema must not change because a dependency did. The IETF modules other than
 * ietf-netconf-acm and the DHCPv6 ones come from OpenDaylight's model jars rather than from this
 * module.
 */
public final class YangModules {
    private static final String DIRECTORY = "META-INF/yang/";

    /** Imported modules come before the modules importing them; parsers do not need the order. */
    private static final List<String> FILE_NAMES = List.of(
            "ietf-inet-types@2013-07-15.yang",
            "ietf-yang-types@2013-07-15.yang",
            "ietf-netconf-acm@2018-02-14.yang",
            "ietf-netconf@2011-06-01.yang",
            "ietf-netconf-with-defaults@2011-06-01.yang",
            "ietf-netconf-monitoring@2010-10-04.yang",
            "ietf-netconf-notifications@2012-02-06.yang",
            "notifications@2008-07-14.yang",
            "nc-notifications@2008-07-14.yang",
            "ietf-yang-metadata@2016-08-05.yang",
            "ietf-datastores@2018-02-14.yang",
            "ietf-origin@2018-02-14.yang",
            "ietf-yang-library@2019-01-04.yang",
            "ietf-netconf-nmda@2019-01-07.yang",
            "ietf-dhcpv6-common@2022-06-20.yang",
            "ietf-dhcpv6-server@2022-06-20.yang",
            "takahe-dhcpv4-server@2026-11-25.yang",
            "takahe-server@2026-11-25.yang",
            "takahe-dhcpv6-server@2026-11-25.yang");

    private static final String EXAMPLE_STARTUP = "org/takahe/yang/example-startup.xml";

    private YangModules() {
    }

    /**
     * Class-path resource names of every module, each {@code META-INF/yang/name@revision.yang}.
     *
     * @return the names, imported modules first
     */
    public static List<String> resourceNames() {
        return FILE_NAMES.stream().map(DIRECTORY::concat).toList();
    }

    /**
     * Locations of every module named by {@link #resourceNames()}, in the same order.
     *
     * @return one URL per module
     * @throws IllegalStateException if a module is missing from the class path, which means the
     *     build or the packaging is broken
     */
    public static List<URL> sources() {
        return resourceNames().stream().map(YangModules::locate).toList();
    }

    /**
     * The example startup configuration: a NETCONF {@code <config>} element whose children are
     * top-level containers of these modules.
     *
     * @return its location
     * @throws IllegalStateException if it is missing from the class path
     */
    public static URL exampleStartupConfig() {
        return locate(EXAMPLE_STARTUP);
    }

    private static URL locate(String resourceName) {
        URL url = YangModules.class.getClassLoader().getResource(resourceName);
        if (url == null) {
            throw new IllegalStateException(resourceName + " is not on the class path");
        }
        return url;
    }
}
