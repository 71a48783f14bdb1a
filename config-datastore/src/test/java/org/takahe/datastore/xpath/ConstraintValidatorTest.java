package org.takahe.datastore.xpath;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.ErrorTag;

class ConstraintValidatorTest {

    private final ConstraintValidator validator = new ConstraintValidator(XPathTestModel.SCHEMA);

    private DatastoreException refused(String inner) {
        return assertThrows(DatastoreException.class, () -> validator.check(XPathTestModel.top(inner)));
    }

    private void accepted(String inner) {
        assertDoesNotThrow(() -> validator.check(XPathTestModel.top(inner)));
    }

    @Test
    void mustThatHoldsIsAccepted() {
        accepted("<pool><id>a</id><start>10</start><end>20</end></pool>");
    }

    @Test
    void mustThatFailsNamesTheNodeAndUsesTheStandardAppTag() {
        DatastoreException e = refused("<pool><id>a</id><start>10</start><end>5</end></pool>");

        assertEquals(ErrorTag.OPERATION_FAILED, e.tag());
        assertEquals(Optional.of("/xt:top/xt:pool[xt:id='a']/xt:end"), e.errorPath());
        assertEquals(Optional.of("must-violation"), e.errorAppTag());
        assertTrue(e.getMessage().contains(". >= ../start"), e.getMessage());
    }

    @Test
    void mustCountingListEntriesSeesTheDefaultLimitAndReportsTheStatementsMessageAndAppTag() {
        accepted("<limit>2</limit><pool><id>a</id></pool><pool><id>b</id></pool>");
        StringBuilder eleven = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            eleven.append("<pool><id>p").append(i).append("</id></pool>");
        }

        DatastoreException e = refused(eleven.toString());

        assertEquals("too many pools", e.getMessage());
        assertEquals(Optional.of("too-many-pools"), e.errorAppTag());
        assertTrue(e.errorPath().orElseThrow().startsWith("/xt:top/xt:pool[xt:id='p"), e.errorPath().toString());
    }

    @Test
    void derefFollowsTheLeafrefAndCurrentIsTheConstrainedNode() {
        accepted("<pool><id>a</id><start>1</start></pool><pool><id>b</id><start>5</start><peer>a</peer></pool>");

        DatastoreException e = refused(
            "<pool><id>a</id><start>9</start></pool><pool><id>b</id><start>5</start><peer>a</peer></pool>");

        assertEquals("a peer pool must start lower", e.getMessage());
        assertEquals(Optional.of("/xt:top/xt:pool[xt:id='b']/xt:peer"), e.errorPath());
    }

    @Test
    void whenOnALeafIsFalseSoItsPresenceIsRefusedAsUnknownElement() {
        accepted("<mode>relayed</mode><relay-address>x</relay-address>");

        DatastoreException e = refused("<relay-address>x</relay-address>");

        assertEquals(ErrorTag.UNKNOWN_ELEMENT, e.tag());
        assertEquals(Optional.of("/xt:top/xt:relay-address"), e.errorPath());
    }

    @Test
    void whenOnUsesIsEvaluatedFromTheParentNode() {
        accepted("<mode>relayed</mode><hop-limit>3</hop-limit>");

        DatastoreException e = refused("<hop-limit>3</hop-limit>");

        assertEquals(Optional.of("/xt:top/xt:hop-limit"), e.errorPath());
    }

    @Test
    void enumValueReadsTheEnumsNumberIncludingADefault() {
        accepted("<mode>relayed</mode><enum-check>true</enum-check>");
        refused("<enum-check>true</enum-check>");
    }

    @Test
    void derivedFromFollowsIdentityBases() {
        accepted("<transport>xt:dhcp-relay</transport><udp-check>true</udp-check>");
        accepted("<transport>xt:udp</transport><udp-check>false</udp-check>");
        refused("<transport>xt:udp</transport><udp-check>true</udp-check>");
        refused("<transport>xt:transport</transport><udp-check>true</udp-check>");
    }

    @Test
    void reMatchAppliesAnAnchoredPatternToEachLeafListEntry() {
        accepted("<pool><id>a</id><tag>lan</tag><tag>wifi</tag></pool>");
        DatastoreException e = refused("<pool><id>a</id><tag>lan</tag><tag>Wifi1</tag></pool>");

        assertEquals(Optional.of("/xt:top/xt:pool[xt:id='a']/xt:tag[.='Wifi1']"), e.errorPath());
    }

    @Test
    void tenThousandEntriesAreCheckedWithoutQuadraticCost() throws DatastoreException {
        StringBuilder many = new StringBuilder("<limit>20000</limit>");
        for (int i = 0; i < 10_000; i++) {
            many.append("<pool><id>p").append(i).append("</id><start>").append(i).append("</start><end>")
                .append(i + 5).append("</end></pool>");
        }
        var config = XPathTestModel.top(many.toString());
        validator.check(config);
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long started = System.nanoTime();
            validator.check(config);
            best = Math.min(best, (System.nanoTime() - started) / 1_000_000);
        }

        // linear work is well under 100 ms here; a scan of the list per entry takes seconds
        assertTrue(best < 1_500, "took " + best + " ms");
    }
}
