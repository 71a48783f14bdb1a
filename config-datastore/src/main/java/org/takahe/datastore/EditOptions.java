package org.takahe.datastore;

import java.util.Locale;
import java.util.Optional;

/**
 * The test-option and error-option of an edit-config (RFC 6241 §7.2, §8.6).
 *
 * <p>On running, test-then-set and set both validate the whole result before it lands: running is
 * never allowed to become invalid. On the candidate they check only that the edits fit the schema;
 * the whole candidate is validated by validate and commit (§8.3 lets it be invalid until then).
 * test-only validates the whole result, as a commit would, and changes nothing.
 *
 * <p>stop-on-error and rollback-on-error both apply all edits or none. continue-on-error applies
 * each edit that succeeds on its own, skips each that fails and reports it; on running the edits
 * that succeeded must still give a valid configuration, or none of them lands.
 */
public record EditOptions(TestOption test, ErrorOption error) {

    public static final EditOptions DEFAULT = new EditOptions(TestOption.TEST_THEN_SET, ErrorOption.STOP_ON_ERROR);

    public enum TestOption {
        TEST_THEN_SET, SET, TEST_ONLY;

        public String xmlName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<TestOption> fromXmlName(String value) {
            for (TestOption option : values()) {
                if (option.xmlName().equals(value)) {
                    return Optional.of(option);
                }
            }
            return Optional.empty();
        }
    }

    public enum ErrorOption {
        STOP_ON_ERROR, CONTINUE_ON_ERROR, ROLLBACK_ON_ERROR;

        public String xmlName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<ErrorOption> fromXmlName(String value) {
            for (ErrorOption option : values()) {
                if (option.xmlName().equals(value)) {
                    return Optional.of(option);
                }
            }
            return Optional.empty();
        }
    }
}
