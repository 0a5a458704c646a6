package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The questionnaires and contacts loaded (and validated) at start-up; immutable. */
public record Catalog(List<Questionnaire> questionnaires, List<Contact> contacts) {

    public Catalog {
        questionnaires = questionnaires.stream().sorted(Comparator.comparing(Questionnaire::id)).toList();
        contacts = List.copyOf(contacts);
    }

    public Optional<Questionnaire> find(String id) {
        return questionnaires.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
