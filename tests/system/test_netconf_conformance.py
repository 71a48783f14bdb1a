"""NETCONF conformance, judged as a generic client that knows RFC 6241/6242 and the standard modules only.

One packaged server per module (``NetconfHost``: its own namespace, no DHCP clients). Every test starts from
the same baseline configuration in running and an empty candidate, restored after each test. Replies are
inspected as XML with RaiseMode.NONE, so error replies are asserted field by field (RFC 6241 Appendix A).

Run as root: ``/usr/bin/python3 -m pytest -q tests/system/test_netconf_conformance.py``.
"""

from __future__ import annotations

import datetime
import os
import re
import time
from pathlib import Path
from typing import Iterator

import ncclient.transport.ssh
import pytest
from lxml import etree
from ncclient import manager
from ncclient.operations import RaiseMode
from ncclient.xml_ import to_ele

from netconf_host import NetconfHost

# ncclient polls its channel every TICK seconds; the default 0.1 s makes every RPC take ~100 ms.
ncclient.transport.ssh.TICK = 0.001

PASSWORD = "conformance-secret"
NC = "urn:ietf:params:xml:ns:netconf:base:1.0"
V4 = "urn:takahe:params:xml:ns:yang:takahe-dhcpv4-server"
WD = "urn:ietf:params:xml:ns:yang:ietf-netconf-with-defaults"
WD_ATTR = "urn:ietf:params:xml:ns:netconf:default:1.0"
MON = "urn:ietf:params:xml:ns:yang:ietf-netconf-monitoring"
YANGLIB = "urn:ietf:params:xml:ns:yang:ietf-yang-library"
NMDA = "urn:ietf:params:xml:ns:yang:ietf-netconf-nmda"
DS = "urn:ietf:params:xml:ns:yang:ietf-datastores"
NOTIF = "urn:ietf:params:xml:ns:netconf:notification:1.0"
NCN = "urn:ietf:params:xml:ns:yang:ietf-netconf-notifications"
CAP = "urn:ietf:params:netconf:capability:"
NS = {"nc": NC, "t": V4, "wd": WD, "mon": MON, "yl": YANGLIB, "ncn": NCN, "notif": NOTIF}

OPTION_A = ("<option-set><option-set-id>opt-a</option-set-id><router-option><router>198.18.0.1</router>"
            "</router-option><domain-name-option><domain-name>a.test</domain-name></domain-name-option>"
            "</option-set>")
OPTION_B = ("<option-set><option-set-id>opt-b</option-set-id><router-option><router>198.18.1.1</router>"
            "</router-option></option-set>")
RANGE_1 = ("<allocation-range><id>r1</id><description>first</description>"
           "<network-prefix>198.18.0.0/24</network-prefix><option-set-id>opt-a</option-set-id>"
           "<address-pools><address-pool><pool-id>p1</pool-id><start-address>198.18.0.100</start-address>"
           "<end-address>198.18.0.199</end-address></address-pool></address-pools></allocation-range>")
RANGE_2 = ("<allocation-range><id>r2</id><network-prefix>198.18.1.0/24</network-prefix>"
           "<valid-lifetime>600</valid-lifetime><address-pools><address-pool><pool-id>p2</pool-id>"
           "<start-address>198.18.1.10</start-address><end-address>198.18.1.20</end-address></address-pool>"
           "</address-pools></allocation-range>")
BASELINE = (f"<option-sets>{OPTION_A}{OPTION_B}</option-sets>"
            f"<allocation-ranges>{RANGE_1}{RANGE_2}</allocation-ranges>")


def v4(body: str, attrs: str = "") -> str:
    return f'<config xmlns="{NC}"><dhcpv4-server xmlns="{V4}"{attrs}>{body}</dhcpv4-server></config>'


def ranges(*entries: str) -> str:
    return v4("<allocation-ranges>" + "".join(entries) + "</allocation-ranges>")


def range_entry(rid: str, prefix: str, extra: str = "", op: str | None = None) -> str:
    attr = f' xmlns:nc="{NC}" nc:operation="{op}"' if op else ""
    return f"<allocation-range{attr}><id>{rid}</id><network-prefix>{prefix}</network-prefix>{extra}</allocation-range>"


# --- fixtures ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def host(tmp_path_factory) -> Iterator[NetconfHost]:
    if os.geteuid() != 0:
        pytest.fail("system tests need root for network namespaces")
    server = NetconfHost(tmp_path_factory.mktemp("conformance"))
    server.add_user("admin", PASSWORD)
    try:
        server.start()
        yield server
    finally:
        server.stop()


def connect(host: NetconfHost) -> manager.Manager:
    session = host.connect("admin", PASSWORD)
    session.raise_mode = RaiseMode.NONE
    return session


@pytest.fixture
def nc(host: NetconfHost) -> Iterator[manager.Manager]:
    """A fresh session on the baseline: running holds BASELINE, candidate equals running."""
    restore_baseline(host)
    session = connect(host)
    yield session
    with_timeout_close(session)
    restore_baseline(host)


def with_timeout_close(session: manager.Manager) -> None:
    try:
        if session.connected:
            session.close_session()
    except Exception:  # noqa: BLE001 - a test may have killed or closed it already
        pass


def restore_baseline(host: NetconfHost) -> None:
    session = connect(host)
    try:
        assert_ok(session.discard_changes())
        replace = f' xmlns:nc="{NC}" nc:operation="replace"'
        assert_ok(session.edit_config(target="running", config=v4(BASELINE, replace)))
        assert_ok(session.discard_changes())
    finally:
        with_timeout_close(session)


# --- helpers ----------------------------------------------------------------------------------------------

def reply_root(reply) -> etree._Element:
    return etree.fromstring(reply.xml.encode() if isinstance(reply.xml, str) else reply.xml)


def assert_ok(reply) -> None:
    root = reply_root(reply)
    assert root.find("nc:ok", NS) is not None, reply.xml


def errors(reply) -> list[etree._Element]:
    return reply_root(reply).findall("nc:rpc-error", NS)


def assert_error(reply, error_type: str, tag: str, path: str | None = None,
                 info: dict[str, str] | None = None) -> etree._Element:
    """The reply holds an rpc-error with exactly these fields; returns it."""
    found = errors(reply)
    assert found, f"expected {tag}, got {reply.xml}"
    error = next((e for e in found if e.findtext("nc:error-tag", namespaces=NS) == tag), found[0])
    assert error.findtext("nc:error-tag", namespaces=NS) == tag, reply.xml
    assert error.findtext("nc:error-type", namespaces=NS) == error_type, reply.xml
    assert error.findtext("nc:error-severity", namespaces=NS) == "error", reply.xml
    if path is not None:
        actual = error.find("nc:error-path", NS)
        assert actual is not None, reply.xml
        assert resolve_path(actual) == path, reply.xml
    for name, value in (info or {}).items():
        element = error.find(f"nc:error-info/{name}", NS)
        assert element is not None and element.text.strip() == value, reply.xml
    return error


def resolve_path(error_path: etree._Element) -> str:
    """The error-path with every prefix replaced by its namespace URI, so prefixes chosen by the server
    do not matter: /{uri}name/..."""
    def replace(match: re.Match) -> str:
        prefix, name = match.group(1), match.group(2)
        return "/{" + error_path.nsmap[prefix] + "}" + name
    return re.sub(r"/([A-Za-z_][\w.-]*):([A-Za-z_][\w.-]*)", replace, error_path.text.strip())


def v4_path(*steps: str) -> str:
    return "".join("/{" + V4 + "}" + step if not step.startswith("[") else step for step in steps)


def data(reply) -> etree._Element:
    root = reply_root(reply)
    element = root.find("nc:data", NS)
    assert element is not None, reply.xml
    return element


def texts(element: etree._Element, xpath: str) -> list[str]:
    return [t.strip() for t in element.xpath(xpath + "/text()", namespaces=NS)]


def range_ids(element: etree._Element) -> list[str]:
    return sorted(texts(element, "//t:allocation-range/t:id"))


def get_running(session: manager.Manager, subtree: str | None = None) -> etree._Element:
    flt = ("subtree", subtree) if subtree else None
    return data(session.get_config(source="running", filter=flt))


def get_candidate(session: manager.Manager) -> etree._Element:
    return data(session.get_config(source="candidate"))


def send_rpc(session: manager.Manager, body: str):
    """An rpc the client library has no method for, sent as raw XML."""
    return session.dispatch(to_ele(body))


def capabilities(session: manager.Manager) -> list[str]:
    return list(session.server_capabilities)


# --- hello and capabilities -------------------------------------------------------------------------------

REQUIRED_CAPABILITIES = [
    "urn:ietf:params:netconf:base:1.0",
    "urn:ietf:params:netconf:base:1.1",
    CAP + "candidate:1.0",
    CAP + "writable-running:1.0",
    CAP + "startup:1.0",
    CAP + "rollback-on-error:1.0",
    CAP + "validate:1.1",
    CAP + "confirmed-commit:1.1",
    CAP + "xpath:1.0",
    CAP + "url:1.0",
    CAP + "interleave:1.0",
    CAP + "with-defaults:1.0",
    CAP + "notification:1.0",
]


@pytest.mark.parametrize("capability", REQUIRED_CAPABILITIES)
def test_hello_advertises_capability(nc, capability):
    assert any(c == capability or c.startswith(capability + "?") for c in capabilities(nc)), capabilities(nc)


def test_url_capability_names_the_file_scheme(nc):
    url = [c for c in capabilities(nc) if c.startswith(CAP + "url:1.0")]
    assert url and "scheme=" in url[0] and "file" in url[0].split("scheme=")[1].split(","), url


def test_with_defaults_capability_names_basic_mode_and_supported_modes(nc):
    wd = [c for c in capabilities(nc) if c.startswith(CAP + "with-defaults:1.0")]
    assert wd and "basic-mode=" in wd[0], wd
    also = wd[0].split("also-supported=")[1].split("&")[0].split(",") if "also-supported=" in wd[0] else []
    basic = wd[0].split("basic-mode=")[1].split("&")[0]
    assert {basic, *also} >= {"report-all", "trim", "explicit", "report-all-tagged"}, wd


@pytest.mark.parametrize("module", ["ietf-netconf-monitoring", "ietf-netconf-with-defaults",
                                    "ietf-netconf-notifications", "takahe-dhcpv4-server", "takahe-server"])
def test_hello_lists_module(nc, module):
    assert any(f"module={module}" in c for c in capabilities(nc)), capabilities(nc)


def test_hello_advertises_yang_library(nc):
    assert any(c.startswith(CAP + "yang-library:") for c in capabilities(nc)), capabilities(nc)


def test_session_id_is_a_positive_integer(nc):
    assert int(nc.session_id) > 0


# --- rpc envelope and errors (RFC 6241 section 4, Appendix A) -----------------------------------------------

def test_reply_copies_every_attribute_of_the_rpc(host, nc):
    raw = host.raw("admin", PASSWORD)
    try:
        reply = raw.rpc(f'<rpc message-id="101" xmlns="{NC}" xmlns:ex="http://example.net/content/1.0" '
                        f'ex:user-id="fred" ex:other="x y"><get-config><source><running/></source>'
                        f'<filter type="subtree"><dhcpv4-server xmlns="{V4}"><enabled/></dhcpv4-server>'
                        f'</filter></get-config></rpc>')
    finally:
        raw.close()
    root = etree.fromstring(reply.encode())
    assert root.tag == f"{{{NC}}}rpc-reply"
    assert root.get("message-id") == "101"
    assert root.get("{http://example.net/content/1.0}user-id") == "fred"
    assert root.get("{http://example.net/content/1.0}other") == "x y"


def test_error_reply_also_copies_the_rpc_attributes(host, nc):
    raw = host.raw("admin", PASSWORD)
    try:
        reply = raw.rpc(f'<rpc message-id="7" xmlns="{NC}" xmlns:ex="http://example.net/content/1.0" '
                        f'ex:user-id="fred"><no-such-operation/></rpc>')
    finally:
        raw.close()
    root = etree.fromstring(reply.encode())
    assert root.get("message-id") == "7" and root.get("{http://example.net/content/1.0}user-id") == "fred"
    assert root.findtext("nc:rpc-error/nc:error-tag", namespaces=NS) == "operation-not-supported"


def test_rpc_without_message_id_is_missing_attribute(host, nc):
    raw = host.raw("admin", PASSWORD)
    try:
        reply = raw.rpc(f'<rpc xmlns="{NC}"><get/></rpc>')
    finally:
        raw.close()
    root = etree.fromstring(reply.encode())
    error = root.find("nc:rpc-error", NS)
    assert error.findtext("nc:error-type", namespaces=NS) == "rpc"
    assert error.findtext("nc:error-tag", namespaces=NS) == "missing-attribute"
    assert error.findtext("nc:error-severity", namespaces=NS) == "error"
    assert error.findtext("nc:error-info/nc:bad-attribute", namespaces=NS) == "message-id"
    assert error.findtext("nc:error-info/nc:bad-element", namespaces=NS) == "rpc"


def test_unknown_operation_is_operation_not_supported(nc):
    reply = send_rpc(nc, '<frobnicate xmlns="urn:example:nothing"/>')
    error = errors(reply)[0]
    assert error.findtext("nc:error-tag", namespaces=NS) in ("operation-not-supported", "unknown-element")
    assert error.findtext("nc:error-severity", namespaces=NS) == "error"


def test_unknown_element_in_config_names_it_with_its_path(nc):
    reply = nc.edit_config(target="candidate", config=v4("<frobnicate>1</frobnicate>"))
    assert_error(reply, "application", "unknown-element", info={"nc:bad-element": "frobnicate"})


def test_element_in_unknown_namespace_is_unknown_namespace(nc):
    reply = nc.edit_config(target="candidate",
                           config=f'<config xmlns="{NC}"><thing xmlns="urn:example:unknown"/></config>')
    assert_error(reply, "application", "unknown-namespace",
                 info={"nc:bad-element": "thing", "nc:bad-namespace": "urn:example:unknown"})


def test_invalid_leaf_value_is_invalid_value_with_error_path(nc):
    reply = nc.edit_config(target="candidate", config=ranges(range_entry("r1", "not-a-prefix")))
    error = assert_error(reply, "application", "invalid-value")
    path = resolve_path(error.find("nc:error-path", NS))
    assert path.startswith(v4_path("dhcpv4-server", "allocation-ranges", "allocation-range")), path
    assert path.endswith("}network-prefix"), path
    assert "r1" in path, path


def test_unknown_operation_attribute_value_is_bad_attribute(nc):
    reply = nc.edit_config(target="candidate", config=ranges(range_entry("r1", "198.18.0.0/24", op="frobnicate")))
    # Appendix A allows error-type rpc, protocol or application for bad-attribute.
    error_type = errors(reply)[0].findtext("nc:error-type", namespaces=NS) if errors(reply) else None
    assert error_type in ("protocol", "application"), reply.xml
    assert_error(reply, error_type, "bad-attribute",
                 info={"nc:bad-attribute": "operation", "nc:bad-element": "allocation-range"})


def test_get_config_without_source_is_missing_element(nc):
    reply = send_rpc(nc, f'<get-config xmlns="{NC}"/>')
    assert_error(reply, "protocol", "missing-element", info={"nc:bad-element": "source"})


def test_unknown_datastore_is_refused(nc):
    reply = send_rpc(nc, f'<get-config xmlns="{NC}"><source><nowhere/></source></get-config>')
    error = errors(reply)[0]
    assert error.findtext("nc:error-tag", namespaces=NS) in ("bad-element", "invalid-value", "unknown-element")
    assert error.findtext("nc:error-type", namespaces=NS) == "protocol"


# --- get, get-config --------------------------------------------------------------------------------------

def test_get_config_returns_configuration_only(nc):
    running = get_running(nc)
    assert range_ids(running) == ["r1", "r2"]
    assert not running.xpath("//t:statistics", namespaces=NS)


def test_get_returns_configuration_and_state(nc):
    everything = data(nc.get(filter=("subtree", f'<dhcpv4-server xmlns="{V4}"/>')))
    assert range_ids(everything) == ["r1", "r2"]
    assert everything.xpath("//t:statistics", namespaces=NS)


# --- subtree filtering (RFC 6241 section 6) ---------------------------------------------------------------

def test_containment_node_selects_only_that_subtree(nc):
    result = get_running(nc, f'<dhcpv4-server xmlns="{V4}"><option-sets/></dhcpv4-server>')
    assert sorted(texts(result, "//t:option-set/t:option-set-id")) == ["opt-a", "opt-b"]
    assert not result.xpath("//t:allocation-ranges", namespaces=NS)


def test_selection_node_returns_only_the_selected_leaf_and_keys(nc):
    result = get_running(nc, f'<dhcpv4-server xmlns="{V4}"><allocation-ranges><allocation-range>'
                             f'<network-prefix/></allocation-range></allocation-ranges></dhcpv4-server>')
    entries = result.xpath("//t:allocation-range", namespaces=NS)
    assert len(entries) == 2
    for entry in entries:
        names = sorted(etree.QName(child).localname for child in entry)
        assert names in (["id", "network-prefix"], ["network-prefix"]), names
    assert not result.xpath("//t:address-pools|//t:description", namespaces=NS)


def test_content_match_node_selects_matching_list_entries_whole(nc):
    result = get_running(nc, f'<dhcpv4-server xmlns="{V4}"><allocation-ranges><allocation-range><id>r1</id>'
                             f'</allocation-range></allocation-ranges></dhcpv4-server>')
    assert range_ids(result) == ["r1"]
    assert texts(result, "//t:allocation-range/t:description") == ["first"]
    assert texts(result, "//t:address-pool/t:pool-id") == ["p1"]


def test_content_match_with_selection_returns_only_selected_siblings(nc):
    result = get_running(nc, f'<dhcpv4-server xmlns="{V4}"><allocation-ranges><allocation-range><id>r2</id>'
                             f'<valid-lifetime/></allocation-range></allocation-ranges></dhcpv4-server>')
    entry = result.xpath("//t:allocation-range", namespaces=NS)
    assert len(entry) == 1
    assert sorted(etree.QName(child).localname for child in entry[0]) == ["id", "valid-lifetime"]
    assert texts(result, "//t:valid-lifetime") == ["600"]


def test_content_match_on_non_key_leaf(nc):
    result = get_running(nc, f'<dhcpv4-server xmlns="{V4}"><allocation-ranges><allocation-range>'
                             f'<network-prefix>198.18.1.0/24</network-prefix></allocation-range>'
                             f'</allocation-ranges></dhcpv4-server>')
    assert range_ids(result) == ["r2"]


def test_content_match_that_matches_nothing_returns_empty_data(nc):
    result = get_running(nc, f'<dhcpv4-server xmlns="{V4}"><allocation-ranges><allocation-range><id>none</id>'
                             f'</allocation-range></allocation-ranges></dhcpv4-server>')
    assert len(result) == 0


def test_sibling_content_matches_must_all_match(nc):
    result = get_running(nc, f'<dhcpv4-server xmlns="{V4}"><allocation-ranges><allocation-range><id>r1</id>'
                             f'<network-prefix>198.18.1.0/24</network-prefix></allocation-range>'
                             f'</allocation-ranges></dhcpv4-server>')
    assert len(result) == 0


def test_filter_in_other_namespace_selects_nothing(nc):
    result = get_running(nc, '<dhcpv4-server xmlns="urn:example:other"/>')
    assert len(result) == 0


def test_several_subtrees_in_one_filter_are_combined(nc):
    result = get_running(nc, f'<dhcpv4-server xmlns="{V4}"><option-sets><option-set><option-set-id>opt-b'
                             f'</option-set-id></option-set></option-sets><allocation-ranges><allocation-range>'
                             f'<id>r1</id></allocation-range></allocation-ranges></dhcpv4-server>')
    assert texts(result, "//t:option-set/t:option-set-id") == ["opt-b"]
    assert range_ids(result) == ["r1"]


def test_empty_filter_selects_nothing(nc):
    reply = send_rpc(nc, f'<get-config xmlns="{NC}"><source><running/></source><filter type="subtree"/>'
                         f'</get-config>')
    assert len(data(reply)) == 0


def test_leaf_list_content_match(nc):
    result = get_running(nc, f'<dhcpv4-server xmlns="{V4}"><option-sets><option-set><router-option>'
                             f'<router>198.18.1.1</router></router-option></option-set></option-sets>'
                             f'</dhcpv4-server>')
    assert "opt-b" in texts(result, "//t:option-set-id") and "opt-a" not in texts(result, "//t:option-set-id")


# --- XPath filtering (:xpath) -----------------------------------------------------------------------------

def test_xpath_filter_selects_nodes(nc):
    reply = nc.get_config(source="running",
                          filter=("xpath", ({"t": V4}, "/t:dhcpv4-server/t:allocation-ranges/"
                                                       "t:allocation-range[t:id='r2']/t:network-prefix")))
    result = data(reply)
    assert texts(result, "//t:network-prefix") == ["198.18.1.0/24"]
    assert range_ids(result) == ["r2"]
    assert not result.xpath("//t:option-sets", namespaces=NS)


def test_xpath_filter_with_predicate_on_non_key(nc):
    reply = nc.get_config(source="running",
                          filter=("xpath", ({"t": V4}, "//t:allocation-range[t:valid-lifetime > 100]")))
    assert range_ids(data(reply)) == ["r2"]


def test_invalid_xpath_filter_is_refused(nc):
    reply = nc.get_config(source="running", filter=("xpath", ({"t": V4}, "/t:dhcpv4-server[")))
    error = errors(reply)[0]
    assert error.findtext("nc:error-tag", namespaces=NS) in ("invalid-value", "bad-attribute")


# --- edit-config ------------------------------------------------------------------------------------------

def test_merge_adds_and_changes_without_touching_siblings(nc):
    assert_ok(nc.edit_config(target="candidate", config=ranges(
        range_entry("r3", "198.18.2.0/24"), "<allocation-range><id>r1</id><description>changed</description>"
                                           "</allocation-range>")))
    candidate = get_candidate(nc)
    assert range_ids(candidate) == ["r1", "r2", "r3"]
    assert texts(candidate, "//t:allocation-range[t:id='r1']/t:description") == ["changed"]
    assert texts(candidate, "//t:allocation-range[t:id='r1']/t:network-prefix") == ["198.18.0.0/24"]
    assert range_ids(get_running(nc)) == ["r1", "r2"]


def test_replace_replaces_the_whole_entry(nc):
    assert_ok(nc.edit_config(target="candidate", config=ranges(range_entry("r1", "198.18.0.0/24", op="replace"))))
    candidate = get_candidate(nc)
    assert texts(candidate, "//t:allocation-range[t:id='r1']/t:description") == []
    assert texts(candidate, "//t:allocation-range[t:id='r1']/t:address-pools//t:pool-id") == []


def test_create_of_existing_entry_is_data_exists(nc):
    reply = nc.edit_config(target="candidate", config=ranges(range_entry("r1", "198.18.0.0/24", op="create")))
    error = assert_error(reply, "application", "data-exists")
    path = resolve_path(error.find("nc:error-path", NS))
    assert path.startswith(v4_path("dhcpv4-server", "allocation-ranges", "allocation-range")) and "r1" in path


def test_create_of_new_entry_works(nc):
    assert_ok(nc.edit_config(target="candidate", config=ranges(range_entry("r9", "198.18.9.0/24", op="create"))))
    assert "r9" in range_ids(get_candidate(nc))


def test_delete_of_missing_entry_is_data_missing(nc):
    reply = nc.edit_config(target="candidate", config=ranges(range_entry("nope", "198.18.9.0/24", op="delete")))
    assert_error(reply, "application", "data-missing")


def test_delete_removes_the_entry(nc):
    assert_ok(nc.edit_config(target="candidate", config=ranges(range_entry("r2", "198.18.1.0/24", op="delete"))))
    assert range_ids(get_candidate(nc)) == ["r1"]


def test_remove_of_missing_entry_is_silently_ok(nc):
    assert_ok(nc.edit_config(target="candidate", config=ranges(range_entry("nope", "198.18.9.0/24", op="remove"))))
    assert range_ids(get_candidate(nc)) == ["r1", "r2"]


def test_remove_removes_the_entry(nc):
    assert_ok(nc.edit_config(target="candidate", config=ranges(range_entry("r1", "198.18.0.0/24", op="remove"))))
    assert range_ids(get_candidate(nc)) == ["r2"]


def test_default_operation_replace_replaces_the_datastore(nc):
    assert_ok(nc.edit_config(target="candidate", default_operation="replace",
                             config=ranges(range_entry("only", "198.18.5.0/24"))))
    candidate = get_candidate(nc)
    assert range_ids(candidate) == ["only"]
    assert not candidate.xpath("//t:option-set", namespaces=NS)


def test_default_operation_none_leaves_unmarked_nodes_alone(nc):
    assert_ok(nc.edit_config(target="candidate", default_operation="none", config=ranges(
        "<allocation-range><id>r1</id><description>ignored</description></allocation-range>",
        range_entry("r2", "198.18.1.0/24", op="delete"))))
    candidate = get_candidate(nc)
    assert range_ids(candidate) == ["r1"]
    assert texts(candidate, "//t:allocation-range[t:id='r1']/t:description") == ["first"]


def test_default_operation_none_on_missing_parent_is_data_missing(nc):
    reply = nc.edit_config(target="candidate", default_operation="none", config=ranges(
        f'<allocation-range><id>absent</id><description xmlns:nc="{NC}" nc:operation="merge">x</description>'
        f'</allocation-range>'))
    assert_error(reply, "application", "data-missing")


def test_edit_of_running_takes_effect_at_once(nc):
    assert_ok(nc.edit_config(target="running", config=ranges(range_entry("r4", "198.18.4.0/24"))))
    assert "r4" in range_ids(get_running(nc))


def test_test_only_reports_errors_and_changes_nothing(nc):
    assert_ok(nc.edit_config(target="candidate", test_option="test-only",
                             config=ranges(range_entry("r5", "198.18.5.0/24"))))
    assert "r5" not in range_ids(get_candidate(nc))
    reply = nc.edit_config(target="candidate", test_option="test-only",
                           config=ranges(range_entry("r1", "198.18.0.0/24", op="create")))
    assert_error(reply, "application", "data-exists")


def test_test_then_set_applies_a_valid_edit(nc):
    assert_ok(nc.edit_config(target="candidate", test_option="test-then-set",
                             config=ranges(range_entry("r6", "198.18.6.0/24"))))
    assert "r6" in range_ids(get_candidate(nc))


def test_set_applies_without_validation(nc):
    assert_ok(nc.edit_config(target="candidate", test_option="set",
                             config=ranges(range_entry("r7", "198.18.7.0/24"))))
    assert "r7" in range_ids(get_candidate(nc))


def test_stop_on_error_stops_at_the_first_error(nc):
    reply = nc.edit_config(target="running", error_option="stop-on-error", config=ranges(
        range_entry("r1", "198.18.0.0/24", op="create"), range_entry("r8", "198.18.8.0/24", op="create")))
    assert_error(reply, "application", "data-exists")
    assert "r8" not in range_ids(get_running(nc))


def test_continue_on_error_applies_the_rest_and_reports_every_error(nc):
    reply = nc.edit_config(target="candidate", error_option="continue-on-error", config=ranges(
        range_entry("r1", "198.18.0.0/24", op="create"), range_entry("r8", "198.18.8.0/24", op="create"),
        range_entry("r2", "198.18.1.0/24", op="create")))
    assert [e.findtext("nc:error-tag", namespaces=NS) for e in errors(reply)] == ["data-exists", "data-exists"]
    assert "r8" in range_ids(get_candidate(nc))


def test_rollback_on_error_leaves_running_unchanged(nc):
    reply = nc.edit_config(target="running", error_option="rollback-on-error", config=ranges(
        range_entry("r8", "198.18.8.0/24", op="create"), range_entry("r1", "198.18.0.0/24", op="create")))
    assert_error(reply, "application", "data-exists")
    assert range_ids(get_running(nc)) == ["r1", "r2"]


def test_missing_mandatory_leaf_is_refused_at_commit(nc):
    assert_ok(nc.edit_config(target="candidate", test_option="set",
                             config=ranges("<allocation-range><id>nomand</id></allocation-range>")))
    reply = nc.commit()
    error = errors(reply)[0]
    assert error.findtext("nc:error-tag", namespaces=NS) in ("missing-element", "data-missing", "invalid-value",
                                                             "operation-failed"), reply.xml
    assert error.findtext("nc:error-type", namespaces=NS) == "application", reply.xml
    assert "nomand" not in range_ids(get_running(nc))


# --- commit, discard-changes, validate --------------------------------------------------------------------

def test_commit_makes_candidate_running(nc):
    assert_ok(nc.edit_config(target="candidate", config=ranges(range_entry("c1", "198.18.3.0/24"))))
    assert_ok(nc.commit())
    assert "c1" in range_ids(get_running(nc))


def test_discard_changes_restores_candidate_from_running(nc):
    assert_ok(nc.edit_config(target="candidate", config=ranges(range_entry("d1", "198.18.3.0/24"))))
    assert_ok(nc.discard_changes())
    assert range_ids(get_candidate(nc)) == ["r1", "r2"]


def test_validate_of_a_valid_candidate_is_ok(nc):
    assert_ok(nc.validate(source="candidate"))


def test_validate_reports_a_dangling_leafref(nc):
    assert_ok(nc.edit_config(target="candidate", test_option="set", config=ranges(
        range_entry("v1", "198.18.3.0/24", extra="<option-set-id>no-such-set</option-set-id>"))))
    reply = nc.validate(source="candidate")
    error = errors(reply)[0]
    assert error.findtext("nc:error-tag", namespaces=NS) in ("data-missing", "invalid-value"), reply.xml
    assert error.findtext("nc:error-type", namespaces=NS) == "application"


def test_validate_of_running_is_ok(nc):
    assert_ok(nc.validate(source="running"))


def test_validate_of_inline_config(nc):
    good = to_ele(ranges(range_entry("v2", "198.18.3.0/24")))
    assert_ok(nc.validate(source=good))
    bad = to_ele(ranges(range_entry("v3", "198.18.3.0/24", extra="<valid-lifetime>minus</valid-lifetime>")))
    assert_error(nc.validate(source=bad), "application", "invalid-value")


# --- copy-config, delete-config, :startup, :url -----------------------------------------------------------

def test_copy_running_to_startup_and_back_to_candidate(nc):
    assert_ok(nc.copy_config(source="running", target="startup"))
    startup = data(nc.get_config(source="startup"))
    assert range_ids(startup) == ["r1", "r2"]
    assert_ok(nc.edit_config(target="candidate", config=ranges(range_entry("x1", "198.18.3.0/24"))))
    assert_ok(nc.copy_config(source="startup", target="candidate"))
    assert range_ids(get_candidate(nc)) == ["r1", "r2"]


def test_copy_inline_config_to_candidate(nc):
    source = to_ele(f'<source xmlns="{NC}">' + ranges(range_entry("inline", "198.18.3.0/24")) + "</source>")
    assert_ok(nc.copy_config(source=source, target="candidate"))
    assert range_ids(get_candidate(nc)) == ["inline"]


def test_copy_to_and_from_a_file_url_in_the_data_directory(host, nc):
    url = f"file://{host.data_dir}/conformance-backup.xml"
    assert_ok(nc.copy_config(source="running", target=url))
    assert (host.data_dir / "conformance-backup.xml").exists()
    assert_ok(nc.edit_config(target="candidate", config=ranges(range_entry("u1", "198.18.3.0/24"))))
    assert_ok(nc.copy_config(source=url, target="candidate"))
    assert range_ids(get_candidate(nc)) == ["r1", "r2"]


def test_file_url_outside_the_data_directory_is_refused(nc):
    reply = nc.copy_config(source="running", target="file:///tmp/takahe-escape.xml")
    assert errors(reply), reply.xml
    assert not Path("/tmp/takahe-escape.xml").exists()
    reply = nc.copy_config(source="file:///etc/passwd", target="candidate")
    assert errors(reply), reply.xml


def test_copy_of_a_datastore_onto_itself_is_refused(nc):
    reply = nc.copy_config(source="running", target="running")
    assert errors(reply), reply.xml


def test_delete_config_of_startup_empties_it(nc):
    assert_ok(nc.copy_config(source="running", target="startup"))
    assert_ok(nc.delete_config(target="startup"))
    assert range_ids(data(nc.get_config(source="startup"))) == []


def test_delete_config_of_running_is_refused(nc):
    reply = nc.delete_config(target="running")
    assert errors(reply), reply.xml
    assert range_ids(get_running(nc)) == ["r1", "r2"]


# --- lock, unlock, sessions -------------------------------------------------------------------------------

def test_lock_denied_names_the_holder(host, nc):
    other = connect(host)
    try:
        assert_ok(nc.lock(target="running"))
        reply = other.lock(target="running")
        assert_error(reply, "protocol", "lock-denied", info={"nc:session-id": str(nc.session_id)})
        assert_ok(nc.unlock(target="running"))
        assert_ok(other.lock(target="running"))
        assert_ok(other.unlock(target="running"))
    finally:
        with_timeout_close(other)


def test_locked_datastore_refuses_edits_of_other_sessions(host, nc):
    other = connect(host)
    try:
        assert_ok(nc.lock(target="candidate"))
        reply = other.edit_config(target="candidate", config=ranges(range_entry("l1", "198.18.3.0/24")))
        assert_error(reply, "protocol", "in-use")
    finally:
        with_timeout_close(other)


def test_locks_are_released_when_the_session_ends(host, nc):
    holder = connect(host)
    assert_ok(holder.lock(target="startup"))
    holder.close_session()
    deadline = time.monotonic() + 5
    while True:
        reply = nc.lock(target="startup")
        if not errors(reply) or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert_ok(reply)
    assert_ok(nc.unlock(target="startup"))


def test_lock_of_candidate_with_uncommitted_changes_of_another_session_is_denied(host, nc):
    other = connect(host)
    try:
        assert_ok(other.edit_config(target="candidate", config=ranges(range_entry("l2", "198.18.3.0/24"))))
        assert_error(nc.lock(target="candidate"), "protocol", "lock-denied")
        assert_ok(other.discard_changes())
        assert_ok(nc.lock(target="candidate"))
        assert_ok(nc.unlock(target="candidate"))
    finally:
        with_timeout_close(other)


def test_unlock_of_a_lock_not_held_is_refused(nc):
    reply = nc.unlock(target="running")
    error = errors(reply)[0]
    assert error.findtext("nc:error-tag", namespaces=NS) in ("operation-failed", "lock-denied")


def test_kill_session_ends_the_other_session_and_frees_its_lock(host, nc):
    victim = connect(host)
    assert_ok(victim.lock(target="running"))
    assert_ok(nc.kill_session(victim.session_id))
    assert_ok(nc.lock(target="running"))
    assert_ok(nc.unlock(target="running"))


def test_kill_session_of_own_session_is_invalid_value(nc):
    assert_error(nc.kill_session(nc.session_id), "protocol", "invalid-value")


def test_close_session_answers_ok_and_ends_the_session(host):
    session = connect(host)
    assert_ok(session.close_session())
    deadline = time.monotonic() + 5
    while session.connected and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not session.connected


# --- confirmed commit 1.1 ---------------------------------------------------------------------------------

def test_confirmed_commit_is_rolled_back_after_its_timeout(nc):
    assert_ok(nc.edit_config(target="candidate", config=ranges(range_entry("cc1", "198.18.3.0/24"))))
    assert_ok(nc.commit(confirmed=True, timeout="1"))
    assert "cc1" in range_ids(get_running(nc))
    deadline = time.monotonic() + 10
    while "cc1" in range_ids(get_running(nc)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert range_ids(get_running(nc)) == ["r1", "r2"]


def test_confirming_commit_keeps_the_change(nc):
    assert_ok(nc.edit_config(target="candidate", config=ranges(range_entry("cc2", "198.18.3.0/24"))))
    assert_ok(nc.commit(confirmed=True, timeout="1"))
    assert_ok(nc.commit())
    time.sleep(1.5)
    assert "cc2" in range_ids(get_running(nc))


def test_cancel_commit_rolls_back_at_once(nc):
    assert_ok(nc.edit_config(target="candidate", config=ranges(range_entry("cc3", "198.18.3.0/24"))))
    assert_ok(nc.commit(confirmed=True, timeout="60"))
    assert_ok(nc.cancel_commit())
    assert range_ids(get_running(nc)) == ["r1", "r2"]


def test_confirmed_commit_is_rolled_back_when_its_session_drops(host, nc):
    session = connect(host)
    assert_ok(session.edit_config(target="candidate", config=ranges(range_entry("cc4", "198.18.3.0/24"))))
    assert_ok(session.commit(confirmed=True, timeout="60"))
    session.close_session()
    deadline = time.monotonic() + 5
    while "cc4" in range_ids(get_running(nc)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert range_ids(get_running(nc)) == ["r1", "r2"]


def test_persist_lets_another_session_confirm(host, nc):
    session = connect(host)
    assert_ok(session.edit_config(target="candidate", config=ranges(range_entry("cc5", "198.18.3.0/24"))))
    assert_ok(session.commit(confirmed=True, timeout="60", persist="token-5"))
    session.close_session()
    time.sleep(0.5)
    assert "cc5" in range_ids(get_running(nc))
    assert errors(nc.commit(persist_id="wrong-token"))
    assert_ok(nc.commit(persist_id="token-5"))
    assert "cc5" in range_ids(get_running(nc))


def test_cancel_commit_with_persist_id_from_another_session(host, nc):
    session = connect(host)
    assert_ok(session.edit_config(target="candidate", config=ranges(range_entry("cc6", "198.18.3.0/24"))))
    assert_ok(session.commit(confirmed=True, timeout="60", persist="token-6"))
    with_timeout_close(session)
    assert_ok(nc.cancel_commit(persist_id="token-6"))
    assert range_ids(get_running(nc)) == ["r1", "r2"]


def test_cancel_commit_without_a_pending_commit_is_refused(nc):
    assert errors(nc.cancel_commit())


# --- with-defaults (RFC 6243) -----------------------------------------------------------------------------

def with_defaults(nc, mode: str) -> etree._Element:
    return data(nc.get_config(source="running", with_defaults=mode,
                              filter=("subtree", f'<dhcpv4-server xmlns="{V4}"/>')))


def test_report_all_shows_default_values(nc):
    result = with_defaults(nc, "report-all")
    assert texts(result, "t:dhcpv4-server/t:enabled") == ["true"]
    assert texts(result, "//t:allocation-ranges/t:valid-lifetime") == ["86400"]
    assert texts(result, "//t:address-pool[t:pool-id='p1']/t:max-address-utilization") == ["90"]


def test_trim_hides_values_equal_to_their_default(nc):
    assert_ok(nc.edit_config(target="running", config=v4("<enabled>true</enabled>")))
    result = with_defaults(nc, "trim")
    assert texts(result, "t:dhcpv4-server/t:enabled") == []
    assert texts(result, "//t:allocation-ranges/t:valid-lifetime") == []


def test_explicit_shows_values_set_by_a_client_even_if_default(nc):
    assert_ok(nc.edit_config(target="running", config=v4("<enabled>true</enabled>")))
    result = with_defaults(nc, "explicit")
    assert texts(result, "t:dhcpv4-server/t:enabled") == ["true"]
    assert texts(result, "//t:allocation-ranges/t:valid-lifetime") == []


def test_report_all_tagged_marks_defaults(nc):
    result = with_defaults(nc, "report-all-tagged")
    lifetime = result.xpath("//t:allocation-ranges/t:valid-lifetime", namespaces=NS)
    assert lifetime and lifetime[0].get(f"{{{WD_ATTR}}}default") == "true", etree.tostring(result)
    prefix = result.xpath("//t:allocation-range[t:id='r1']/t:network-prefix", namespaces=NS)
    assert prefix and prefix[0].get(f"{{{WD_ATTR}}}default") is None


def test_get_also_accepts_with_defaults(nc):
    reply = nc.get(filter=("subtree", f'<dhcpv4-server xmlns="{V4}"><enabled/></dhcpv4-server>'),
                   with_defaults="report-all")
    assert texts(data(reply), "//t:enabled") == ["true"]


def test_unknown_with_defaults_mode_is_refused(nc):
    reply = send_rpc(nc, f'<get-config xmlns="{NC}"><source><running/></source>'
                         f'<with-defaults xmlns="{WD}">everything</with-defaults></get-config>')
    error = errors(reply)[0]
    assert error.findtext("nc:error-tag", namespaces=NS) in ("invalid-value", "bad-element")


# --- ietf-netconf-monitoring (RFC 6022) and get-schema ----------------------------------------------------

def monitoring(nc, subtree: str) -> etree._Element:
    return data(nc.get(filter=("subtree", f'<netconf-state xmlns="{MON}">{subtree}</netconf-state>')))


def test_monitoring_lists_this_session(nc):
    result = monitoring(nc, "<sessions/>")
    ids = texts(result, "//mon:session/mon:session-id")
    assert str(nc.session_id) in ids
    mine = result.xpath(f"//mon:session[mon:session-id='{nc.session_id}']", namespaces=NS)[0]
    assert mine.findtext("mon:username", namespaces=NS) == "admin"
    assert mine.findtext("mon:transport", namespaces=NS)
    assert int(mine.findtext("mon:in-rpcs", namespaces=NS)) >= 1


def test_monitoring_shows_datastore_locks(nc):
    assert_ok(nc.lock(target="running"))
    result = monitoring(nc, "<datastores/>")
    lock = result.xpath("//mon:datastore[mon:name='running']/mon:locks", namespaces=NS)
    assert lock, etree.tostring(result)
    assert texts(lock[0], ".//mon:locked-by-session") == [str(nc.session_id)]
    assert_ok(nc.unlock(target="running"))


def test_monitoring_statistics_count_sessions_and_rpcs(nc):
    result = monitoring(nc, "<statistics/>")
    assert int(result.findtext(".//mon:in-sessions", namespaces=NS)) >= 1
    assert int(result.findtext(".//mon:in-rpcs", namespaces=NS)) >= 1
    assert result.findtext(".//mon:netconf-start-time", namespaces=NS)


def test_monitoring_lists_schemas_with_netconf_location(nc):
    result = monitoring(nc, "<schemas/>")
    schema = result.xpath("//mon:schema[mon:identifier='takahe-dhcpv4-server']", namespaces=NS)
    assert schema, etree.tostring(result)
    assert schema[0].findtext("mon:format", namespaces=NS).endswith("yang")
    assert "NETCONF" in texts(schema[0], "mon:location")


def test_monitoring_lists_capabilities(nc):
    result = monitoring(nc, "<capabilities/>")
    assert "urn:ietf:params:netconf:base:1.1" in texts(result, "//mon:capability")


def test_get_schema_returns_the_yang_text(nc):
    reply = nc.get_schema("takahe-dhcpv4-server", version="2026-11-25", format="yang")
    assert reply.ok, reply.xml
    assert reply.data.lstrip().startswith("module takahe-dhcpv4-server")


def test_get_schema_of_unknown_module_is_invalid_value(nc):
    reply = nc.get_schema("no-such-module")
    assert_error(reply, "application", "invalid-value")


# --- ietf-yang-library (RFC 8525, RFC 7895) and NMDA (RFC 8526) -------------------------------------------

def test_yang_library_lists_our_modules(nc):
    result = data(nc.get(filter=("subtree", f'<yang-library xmlns="{YANGLIB}"/>')))
    names = texts(result, "//yl:module-set/yl:module/yl:name")
    assert {"takahe-dhcpv4-server", "takahe-server", "ietf-netconf-monitoring"} <= set(names), names
    assert texts(result, "//yl:content-id")
    assert result.xpath("//yl:datastore[yl:name]", namespaces=NS)


def test_modules_state_for_older_clients(nc):
    result = data(nc.get(filter=("subtree", f'<modules-state xmlns="{YANGLIB}"/>')))
    names = texts(result, "//yl:module/yl:name")
    assert "takahe-dhcpv4-server" in names
    assert texts(result, "//yl:module-set-id")


def test_get_data_from_operational_includes_state(nc):
    reply = send_rpc(nc, f'<get-data xmlns="{NMDA}" xmlns:ds="{DS}"><datastore>ds:operational</datastore>'
                         f'<subtree-filter><dhcpv4-server xmlns="{V4}"/></subtree-filter></get-data>')
    root = reply_root(reply)
    result = root.find(f"{{{NMDA}}}data")
    assert result is not None, reply.xml
    assert result.xpath("//t:statistics", namespaces=NS)


def test_get_data_from_running_has_no_state(nc):
    reply = send_rpc(nc, f'<get-data xmlns="{NMDA}" xmlns:ds="{DS}"><datastore>ds:running</datastore>'
                         f'<subtree-filter><dhcpv4-server xmlns="{V4}"/></subtree-filter></get-data>')
    result = reply_root(reply).find(f"{{{NMDA}}}data")
    assert result is not None, reply.xml
    assert range_ids(result) == ["r1", "r2"]
    assert not result.xpath("//t:statistics", namespaces=NS)


def test_edit_data_on_candidate(nc):
    reply = send_rpc(nc, f'<edit-data xmlns="{NMDA}" xmlns:ds="{DS}"><datastore>ds:candidate</datastore>'
                         f'<config><dhcpv4-server xmlns="{V4}"><allocation-ranges>'
                         + range_entry("nmda", "198.18.3.0/24") + "</allocation-ranges></dhcpv4-server></config>"
                         "</edit-data>")
    assert_ok(reply)
    assert "nmda" in range_ids(get_candidate(nc))


def test_edit_data_on_operational_is_refused(nc):
    reply = send_rpc(nc, f'<edit-data xmlns="{NMDA}" xmlns:ds="{DS}"><datastore>ds:operational</datastore>'
                         f'<config><dhcpv4-server xmlns="{V4}"/></config></edit-data>')
    assert errors(reply), reply.xml


# --- notifications (RFC 5277, RFC 6470) -------------------------------------------------------------------

def take(nc, name: str, namespace: str = NCN, timeout: float = 5) -> etree._Element:
    """The next notification carrying an element ``name``; others (e.g. session events) are skipped."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        notification = nc.take_notification(timeout=max(0.05, deadline - time.monotonic()))
        if notification is None:
            break
        root = etree.fromstring(notification.notification_xml.encode()
                                if isinstance(notification.notification_xml, str)
                                else notification.notification_xml)
        assert root.findtext(f"{{{NOTIF}}}eventTime")
        found = root.find(f"{{{namespace}}}{name}")
        if found is not None:
            return found
    raise AssertionError(f"no {name} notification within {timeout} s")


def test_create_subscription_then_config_change_is_notified_with_the_edited_path(host, nc):
    assert_ok(nc.create_subscription())
    other = connect(host)
    try:
        assert_ok(other.edit_config(target="running", config=ranges(range_entry("n1", "198.18.3.0/24"))))
        change = take(nc, "netconf-config-change")
        assert change.findtext("ncn:changed-by/ncn:username", namespaces=NS) == "admin"
        assert change.findtext("ncn:datastore", namespaces=NS) in (None, "running")
        targets = [t.text for t in change.findall("ncn:edit/ncn:target", NS)]
        assert any("allocation-range" in t for t in targets), targets
    finally:
        with_timeout_close(other)


def test_session_start_and_end_are_notified(host, nc):
    assert_ok(nc.create_subscription())
    other = connect(host)
    start = take(nc, "netconf-session-start")
    assert start.findtext("ncn:username", namespaces=NS) == "admin"
    assert start.findtext("ncn:session-id", namespaces=NS) == str(other.session_id)
    other.close_session()
    end = take(nc, "netconf-session-end")
    assert end.findtext("ncn:session-id", namespaces=NS) == str(other.session_id)
    assert end.findtext("ncn:termination-reason", namespaces=NS) == "closed"


def test_confirmed_commit_is_notified(nc):
    assert_ok(nc.create_subscription())
    assert_ok(nc.edit_config(target="candidate", config=ranges(range_entry("n2", "198.18.3.0/24"))))
    assert_ok(nc.commit(confirmed=True, timeout="60"))
    assert take(nc, "netconf-confirmed-commit").findtext("ncn:confirm-event", namespaces=NS) == "start"
    assert_ok(nc.cancel_commit())
    assert take(nc, "netconf-confirmed-commit").findtext("ncn:confirm-event", namespaces=NS) == "cancel"


def test_replay_delivers_past_events_then_replay_complete(host, nc):
    before = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(seconds=1)
    assert_ok(nc.edit_config(target="running", config=ranges(range_entry("n3", "198.18.3.0/24"))))
    listener = connect(host)
    try:
        assert_ok(listener.create_subscription(start_time=before.isoformat()))
        take(listener, "netconf-config-change")
        take(listener, "replayComplete", namespace="urn:ietf:params:xml:ns:netmod:notification")
    finally:
        with_timeout_close(listener)


def test_interleave_rpcs_still_work_while_subscribed(nc):
    assert_ok(nc.create_subscription())
    assert range_ids(get_running(nc)) == ["r1", "r2"]


def test_second_subscription_on_a_session_is_refused(nc):
    assert_ok(nc.create_subscription())
    assert errors(nc.create_subscription())


def test_netconf_stream_is_listed(nc):
    result = data(nc.get(filter=("subtree", '<netconf xmlns="urn:ietf:params:xml:ns:netmod:notification">'
                                            '<streams/></netconf>')))
    assert "NETCONF" in [t.strip() for t in result.xpath("//*[local-name()='stream']/*[local-name()='name']/text()")]


# --- hostile input from outside (raw SSH channel) ---------------------------------------------------------

def raw_error_tag(reply: str) -> str | None:
    return etree.fromstring(reply.encode()).findtext("nc:rpc-error/nc:error-tag", namespaces=NS)


def still_serves(host: NetconfHost) -> None:
    session = connect(host)
    try:
        assert range_ids(get_running(session)) == ["r1", "r2"]
    finally:
        with_timeout_close(session)


def test_doctype_with_external_entity_is_refused(host, nc):
    raw = host.raw("admin", PASSWORD)
    try:
        reply = raw.rpc(f'<?xml version="1.0"?><!DOCTYPE rpc [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                        f'<rpc message-id="1" xmlns="{NC}"><get-config><source><running/></source><filter>'
                        f'<dhcpv4-server xmlns="{V4}"><allocation-ranges><allocation-range><id>&xxe;</id>'
                        f'</allocation-range></allocation-ranges></dhcpv4-server></filter></get-config></rpc>')
        assert raw_error_tag(reply) == "malformed-message"
        assert "root:" not in reply
        assert raw_error_tag(raw.rpc(f'<rpc message-id="2" xmlns="{NC}"><get-config><source><running/>'
                                     f'</source></get-config></rpc>')) is None
    finally:
        raw.close()


def test_billion_laughs_is_refused_quickly(host, nc):
    entities = '<!ENTITY l0 "lol">' + "".join(
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    raw = host.raw("admin", PASSWORD)
    try:
        started = time.monotonic()
        reply = raw.rpc(f'<?xml version="1.0"?><!DOCTYPE rpc [{entities}]><rpc message-id="1" xmlns="{NC}">'
                        f'<get><filter>&l9;</filter></get></rpc>')
        assert raw_error_tag(reply) == "malformed-message"
        assert time.monotonic() - started < 2
    finally:
        raw.close()
    still_serves(host)


def test_deep_nesting_is_refused_and_the_session_stays_usable(host, nc):
    raw = host.raw("admin", PASSWORD)
    try:
        depth = 100_000
        reply = raw.rpc(f'<rpc message-id="1" xmlns="{NC}"><get><filter>' + "<a>" * depth + "</a>" * depth
                        + "</filter></get></rpc>")
        assert raw_error_tag(reply) in ("malformed-message", "too-big")
        assert raw_error_tag(raw.rpc(f'<rpc message-id="2" xmlns="{NC}"><get-config><source><running/>'
                                     f'</source></get-config></rpc>')) is None
    finally:
        raw.close()
    assert host.running


def test_bad_chunk_header_closes_the_session_cleanly(host, nc):
    raw = host.raw("admin", PASSWORD)
    try:
        raw.channel.sendall(b"\n#abc\n<rpc/>\n##\n")
        with pytest.raises(EOFError):
            raw.receive()
    finally:
        raw.close()
    still_serves(host)
    assert "NETCONF_FRAMING_ERROR" in host.log()


def test_hello_without_common_base_closes_the_session(host, nc):
    import paramiko
    transport = paramiko.Transport(host.socket())
    try:
        transport.connect(username="admin", password=PASSWORD)
        channel = transport.open_session()
        channel.settimeout(10)
        channel.invoke_subsystem("netconf")
        channel.sendall(f'<hello xmlns="{NC}"><capabilities><capability>urn:example:nothing</capability>'
                        f'</capabilities></hello>]]>]]>'.encode())
        received = b""
        while True:
            chunk = channel.recv(65536)
            if not chunk:
                break
            received += chunk
        assert b"<hello" in received
    finally:
        transport.close()
    still_serves(host)


def test_oversize_message_gets_too_big_and_the_session_stays_usable(host, nc):
    raw = host.raw("admin", PASSWORD)
    try:
        chunk = b" " * (1 << 20)
        raw.channel.sendall(b"\n#%d\n" % len(chunk) + chunk)
        for _ in range(64):
            raw.channel.sendall(b"\n#%d\n" % len(chunk) + chunk)
        raw.channel.sendall(b"\n##\n")
        error = etree.fromstring(raw.receive().encode()).find("nc:rpc-error", NS)
        assert error.findtext("nc:error-tag", namespaces=NS) == "too-big"
        assert error.findtext("nc:error-type", namespaces=NS) == "rpc"
        assert raw_error_tag(raw.rpc(f'<rpc message-id="2" xmlns="{NC}"><get-config><source><running/>'
                                     f'</source></get-config></rpc>')) is None
    finally:
        raw.close()
    assert "NETCONF_MESSAGE_TOO_BIG" in host.log()


def base10_channel(host: NetconfHost):
    """A paramiko transport and channel that exchanged hellos offering base:1.0 only (end-of-message framing)."""
    import paramiko
    transport = paramiko.Transport(host.socket())
    transport.connect(username="admin", password=PASSWORD)
    channel = transport.open_session()
    channel.settimeout(30)
    channel.invoke_subsystem("netconf")
    channel.sendall(f'<hello xmlns="{NC}"><capabilities><capability>urn:ietf:params:netconf:base:1.0'
                    f'</capability></capabilities></hello>]]>]]>'.encode())
    return transport, channel


def receive_eom(channel, buffer: bytearray) -> str:
    while b"]]>]]>" not in buffer:
        data = channel.recv(65536)
        assert data, "the server closed the channel"
        buffer += data
    end = buffer.index(b"]]>]]>")
    message = bytes(buffer[:end]).decode()
    del buffer[:end + 6]
    return message


def test_malformed_message_is_not_sent_to_a_base_1_0_client(host, nc):
    transport, channel = base10_channel(host)
    try:
        buffer = bytearray()
        assert "<hello" in receive_eom(channel, buffer)
        channel.sendall(f'<rpc message-id="1" xmlns="{NC}"><get>]]>]]>'.encode())
        error = etree.fromstring(receive_eom(channel, buffer).encode()).find("nc:rpc-error", NS)
        assert error.findtext("nc:error-tag", namespaces=NS) == "operation-failed"
        assert error.findtext("nc:error-type", namespaces=NS) == "rpc"
        channel.sendall(f'<rpc message-id="2" xmlns="{NC}"><get-config><source><running/></source>'
                        f'</get-config></rpc>]]>]]>'.encode())
        assert raw_error_tag(receive_eom(channel, buffer)) is None
    finally:
        transport.close()


def test_connections_waiting_to_log_in_are_capped(host, nc):
    import paramiko
    closed_before = host.log().count("NETCONF_LOGIN_NOT_COMPLETED")
    waiting = []
    try:
        for _ in range(10):
            transport = paramiko.Transport(host.socket())
            transport.start_client(timeout=10)
            waiting.append(transport)
        refused = paramiko.Transport(host.socket())
        waiting.append(refused)
        with pytest.raises(Exception):
            refused.start_client(timeout=10)
            refused.auth_password("admin", PASSWORD)
    finally:
        for transport in waiting:
            transport.close()
    assert "NETCONF_UNAUTHENTICATED_LIMIT" in host.log()
    # The server counts a connection out once it sees it close, a moment after the client closed it.
    deadline = time.monotonic() + 10
    while host.log().count("NETCONF_LOGIN_NOT_COMPLETED") < closed_before + 10 and time.monotonic() < deadline:
        time.sleep(0.1)
    still_serves(host)


# --- leftovers: XPath subscription filter, NMDA lock/validate, confirmed commit across a crash -----------

def test_create_subscription_with_an_xpath_filter_sends_only_the_selected_events(host, nc):
    assert_ok(send_rpc(nc, f'<create-subscription xmlns="{NOTIF}"><filter type="xpath" xmlns:ncn="{NCN}" '
                           f'select="/ncn:netconf-session-end"/></create-subscription>'))
    other = connect(host)
    other.close_session()
    notification = nc.take_notification(timeout=10)
    assert notification is not None
    root = etree.fromstring(notification.notification_xml.encode()
                            if isinstance(notification.notification_xml, str) else notification.notification_xml)
    assert root.find("ncn:netconf-session-start", NS) is None, notification.notification_xml
    assert root.find("ncn:netconf-session-end", NS) is not None, notification.notification_xml


def nmda_datastore(identity: str) -> str:
    return f'<datastore xmlns="{NMDA}" xmlns:ds="{DS}">ds:{identity}</datastore>'


def test_nmda_datastore_leaf_locks_unlocks_and_validates(host, nc):
    assert_ok(send_rpc(nc, f'<lock xmlns="{NC}"><target>{nmda_datastore("candidate")}</target></lock>'))
    other = connect(host)
    try:
        assert_error(other.lock(target="candidate"), "protocol", "lock-denied")
    finally:
        with_timeout_close(other)
    assert_ok(send_rpc(nc, f'<unlock xmlns="{NC}"><target>{nmda_datastore("candidate")}</target></unlock>'))
    assert_ok(send_rpc(nc, f'<validate xmlns="{NC}"><source>{nmda_datastore("running")}</source></validate>'))
    assert_error(send_rpc(nc, f'<lock xmlns="{NC}"><target>{nmda_datastore("operational")}</target></lock>'),
                 "protocol", "invalid-value")


def test_crash_during_a_confirmed_commit_restarts_with_the_configuration_before_it(tmp_path):
    crashing = NetconfHost(tmp_path, tag="crash")
    crashing.add_user("admin", PASSWORD)
    try:
        crashing.start()
        session = connect(crashing)
        before = range_ids(get_running(session))
        assert_ok(session.edit_config(target="candidate", config=ranges(range_entry("trial", "198.18.3.0/24"))))
        assert_ok(session.commit(confirmed=True, timeout="600"))
        assert "trial" in range_ids(get_running(session))
        assert (crashing.data_dir / "rollback.xml").exists()
        crashing.stop()  # SIGKILL: no clean shutdown, no rollback by the server itself
        crashing.start()
        session = connect(crashing)
        assert range_ids(get_running(session)) == before
        assert not (crashing.data_dir / "rollback.xml").exists()
        assert "DATASTORE_UNCONFIRMED_COMMIT_REVERTED" in crashing.log()
        with_timeout_close(session)
    finally:
        crashing.stop()
