package de.digitalezukunfthagen.digitalcheck.assessment;

import java.util.List;

/**
 * Thrown at start-up when a questionnaire file says the same version as a snapshot already stored
 * but its content differs: stored assessments would otherwise be scored with questions they were
 * not answered with. The message names each file and says what to do.
 */
public final class QuestionnaireVersionConflictException extends RuntimeException {
    private final transient List<Conflict> conflicts;

    /** One file whose content changed without a new version. */
    public record Conflict(String file, String questionnaireId, int version, int nextVersion) {
        @Override
        public String toString() {
            return file + ": questionnaire '" + questionnaireId + "' version " + version
                    + " was changed after the app had served it. Set 'version: " + nextVersion
                    + "' in this file (assessments answered with version " + version
                    + " keep their stored copy), or undo the change.";
        }
    }

    public QuestionnaireVersionConflictException(List<Conflict> conflicts) {
        super(message(conflicts));
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    private static String message(List<Conflict> conflicts) {
        StringBuilder s = new StringBuilder("The app does not start: a questionnaire changed its content but not its version.");
        conflicts.forEach(c -> s.append('\n').append(c));
        return s.toString();
    }
}
