package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questionnaires and contacts loaded (and validated) at start-up, with the YAML text each
 * questionnaire was read from (the snapshot the app records); immutable.
 */
public record Catalog(List<Questionnaire> questionnaires, List<Contact> contacts, Map<String, String> texts) {

    public Catalog {
        questionnaires = questionnaires.stream().sorted(Comparator.comparing(Questionnaire::id)).toList();
        contacts = List.copyOf(contacts);
        texts = Map.copyOf(texts);
    }

    /** The YAML text questionnaire {@code id} was parsed from. */
    public String text(String id) {
        String text = texts.get(id);
        if (text == null) {
            throw new IllegalArgumentException("no text was loaded for questionnaire '" + id + "'");
        }
        return text;
    }

    public Optional<Questionnaire> find(String id) {
        return questionnaires.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
