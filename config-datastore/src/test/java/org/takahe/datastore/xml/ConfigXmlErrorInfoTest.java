package org.takahe.datastore.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.datastore.DatastoreException;
import org.takahe.datastore.ErrorTag;
import org.takahe.datastore.TestModel;

/** The reader names the bad element, attribute or namespace for the rpc-error's error-info. */
class ConfigXmlErrorInfoTest {

    @Test
    void unknownElementIsNamedAsBadElement() {
        DatastoreException e = assertThrows(DatastoreException.class,
            () -> TestModel.edits(TestModel.server("<colour>red</colour>")));

        assertEquals(ErrorTag.UNKNOWN_ELEMENT, e.tag());
        assertEquals(Optional.of("colour"), e.badElement());
    }

    @Test
    void unknownNamespaceNamesTheElementAndTheNamespace() {
        DatastoreException e = assertThrows(DatastoreException.class,
            () -> TestModel.edits("<server xmlns=\"urn:nobody\"/>"));

        assertEquals(ErrorTag.UNKNOWN_NAMESPACE, e.tag());
        assertEquals(Optional.of("server"), e.badElement());
        assertEquals(Optional.of("urn:nobody"), e.badNamespace());
    }

    @Test
    void unknownOperationNamesTheAttributeAndItsElement() {
        DatastoreException e = assertThrows(DatastoreException.class,
            () -> TestModel.edits(TestModel.server("<name nc:operation=\"frob\">x</name>")));

        assertEquals(ErrorTag.BAD_ATTRIBUTE, e.tag());
        assertEquals(Optional.of("operation"), e.badAttribute());
        assertEquals(Optional.of("name"), e.badElement());
    }

    @Test
    void listEntryWithoutItsKeyNamesTheKey() {
        DatastoreException e = assertThrows(DatastoreException.class,
            () -> TestModel.edits(TestModel.server("<pools><pool><prefix-length>8</prefix-length></pool></pools>")));

        assertEquals(ErrorTag.MISSING_ELEMENT, e.tag());
        assertEquals(Optional.of("id"), e.badElement());
    }
}
