package org.takahe.yang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class YangModulesTest {
    private static final Pattern MODULE = Pattern.compile("^module\\s+(\\S+)\\s*\\{", Pattern.MULTILINE);
    private static final Pattern REVISION =
            Pattern.compile("^\\s*revision\\s+\"?(\\d{4}-\\d{2}-\\d{2})", Pattern.MULTILINE);

    @Test
    void everyResourceNameResolvesToItsOwnUrl() {
        List<String> names = YangModules.resourceNames();
        List<URL> sources = YangModules.sources();

        assertEquals(names.size(), sources.size());
        for (int i = 0; i < names.size(); i++) {
            assertTrue(sources.get(i).toString().endsWith(names.get(i)), sources.get(i) + " for " + names.get(i));
        }
    }

    @Test
    void fileNameStatesTheModuleNameAndItsNewestRevision() throws IOException {
        for (URL source : YangModules.sources()) {
            String text = read(source);
            String fileName = source.getPath().substring(source.getPath().lastIndexOf('/') + 1);

            assertEquals(fileName, firstGroup(MODULE, text) + "@" + firstGroup(REVISION, text) + ".yang");
        }
    }

    @Test
    void exampleStartupConfigIsOnTheClassPath() throws IOException {
        assertTrue(read(YangModules.exampleStartupConfig()).contains("<dhcpv4-server"));
    }

    private static String firstGroup(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), pattern + " not found");
        return matcher.group(1);
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
