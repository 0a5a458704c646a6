package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads {@code contacts.yaml}, the directory of organisations shared by all questionnaires. */
final class ContactsParser {
    static final Set<String> TOP = QuestionnaireParser.keys("contacts", "language");
    static final Set<String> CONTACT = QuestionnaireParser.keys("id", "name", "kind", "topics", "when",
            "description", "website", "address", "email", "phone", "person", "verified", "note", "as_of", "review_by");

    private final Problems problems;
    private final List<ReviewDate> reviews = new ArrayList<>();

    ContactsParser(Problems problems) {
        this.problems = problems;
    }

    /** The review dates of the contacts, for the reminder of {@code validate}; valid once {@link #parse} has run. */
    List<ReviewDate> reviews() {
        return List.copyOf(reviews);
    }

    List<Contact> parse(Node root) {
        String language = "de";
        if (root instanceof MappingNode mapping) {
            for (var tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals("language")
                        && tuple.getValueNode() instanceof ScalarNode v && Fields.LANGUAGE.matcher(v.getValue()).matches()) {
                    language = v.getValue();
                }
            }
        }
        Fields top = Fields.open(root, "the contacts file", TOP, problems, language);
        if (top == null) {
            return List.of();
        }
        String lang = top.string("language", false);
        if (lang != null && !Fields.LANGUAGE.matcher(lang).matches()) {
            problems.at(top.value("language"), "'language' must be a language code such as de or en, not '" + lang + "'");
        }
        ConditionParser conditions = new ConditionParser(problems);
        Set<String> ids = new HashSet<>();
        String defaultLanguage = language;
        List<Contact> contacts = new ArrayList<>();
        for (Node node : listOrEmpty(top)) {
            Fields f = Fields.open(node, "a contact", CONTACT, problems, defaultLanguage);
            if (f == null) {
                continue;
            }
            String id = f.id("id", true);
            if (id != null && !ids.add(id)) {
                problems.at(f.value("id"), "duplicate contact id '" + id + "'");
            }
            Text name = f.text("name", true);
            String kind = f.oneOf("kind", true, Contact.KINDS);
            List<String> topics = f.ids("topics", true);
            Condition when = f.has("when") ? conditions.parse(f.value("when"), "contact '" + id + "'") : null;
            Text description = f.text("description", false);
            String website = f.string("website", false);
            if (website != null && !website.startsWith("https://") && !website.startsWith("http://")) {
                problems.at(f.value("website"), "'website' must start with https:// or http://, not '" + website + "'");
            }
            Text address = f.text("address", false);
            String email = f.string("email", false);
            String phone = f.string("phone", false);
            String person = f.string("person", false);
            Boolean verified = f.bool("verified");
            Text note = f.text("note", false);
            FactDates dates = FactDates.read(f, "contact '" + id + "'", reviews);
            // kept even when broken, so that its condition is checked against the questionnaires too;
            // not verified unless the operator says so
            contacts.add(new Contact(id == null ? "?" : id, name, kind, topics, when, description, website, address, email,
                    phone, person, Boolean.TRUE.equals(verified), note, dates.asOf(), dates.reviewBy(), f.pos()));
        }
        return contacts;
    }

    private List<Node> listOrEmpty(Fields top) {
        List<Node> list = top.list("contacts", true);
        return list == null ? List.of() : list;
    }
}
