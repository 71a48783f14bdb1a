package org.takahe.datastore;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YangSchemasTest {

    @Test
    void loadsTheModulesGiven() {
        assertFalse(TestModel.SCHEMA.findModules("takahe-test").isEmpty());
    }

    @Test
    void brokenModuleIsNamedInTheFailure(@TempDir Path directory) throws Exception {
        Path broken = directory.resolve("broken-module.yang");
        Files.writeString(broken, "module broken-module { namespace \"urn:x\"; prefix b; leaf x { type nosuch; } }");

        SchemaLoadException e = assertThrows(SchemaLoadException.class,
            () -> YangSchemas.load(List.of(TestModel.yangSource(), broken.toUri().toURL())));

        assertTrue(e.getMessage().contains("broken-module"), e.getMessage());
    }
}
