package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads questionnaires ({@code *.yaml}) and the shared {@code contacts.yaml} from folders or single
 * files, and validates them completely. Knows nothing of HTTP, SQL or PDF.
 */
public final class QuestionnaireLoader {
    public static final String CONTACTS_FILE = "contacts.yaml";

    private QuestionnaireLoader() {
    }

    /**
     * What loading found: the valid questionnaires and contacts, every problem, how many files were read,
     * every {@code review_by} date written in them, and the text of each valid questionnaire by id.
     */
    public record Outcome(List<Questionnaire> questionnaires, List<Contact> contacts, List<Problem> problems, int files,
            List<ReviewDate> reviews, Map<String, String> texts) {
        public Outcome {
            reviews = List.copyOf(reviews);
            texts = Map.copyOf(texts);
        }

        public boolean valid() {
            return problems.isEmpty();
        }

        /** The review dates that have passed on {@code today}, as problems in file order. */
        public List<Problem> overdue(java.time.LocalDate today) {
            return reviews.stream().filter(r -> r.passed(today)).map(ReviewDate::problem).toList();
        }

        public Catalog catalog() {
            return new Catalog(questionnaires, contacts, texts);
        }
    }

    /** Loads a folder for use by the app or the command line; any problem makes the whole folder unusable. */
    public static Catalog loadDirectory(Path dir) throws InvalidQuestionnairesException {
        Outcome outcome = load(List.of(dir));
        if (!outcome.valid()) {
            throw new InvalidQuestionnairesException(outcome.problems());
        }
        if (outcome.questionnaires().isEmpty()) {
            throw new InvalidQuestionnairesException(List.of(new Problem(dir.toString(), 0, 0,
                    "no questionnaire (*.yaml) found in this folder")));
        }
        return outcome.catalog();
    }

    /**
     * Loads folders (every {@code *.yaml} in them) and single files. Contacts are checked against the
     * questionnaires loaded from the same folder.
     */
    public static Outcome load(List<Path> paths) {
        Map<Path, List<Path>> byFolder = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    List<Path> found = files.filter(Files::isRegularFile)
                            .filter(p -> name(p).endsWith(".yaml") || name(p).endsWith(".yml"))
                            .sorted().toList();
                    if (found.isEmpty()) {
                        problems.add(new Problem(path.toString(), 0, 0, "no questionnaire (*.yaml) found in this folder"));
                    }
                    for (Path file : found) {
                        if (name(file).endsWith(".yml")) {
                            problems.add(new Problem(file.toString(), 1, 1,
                                    "questionnaire files must end in .yaml; rename it to " + name(file).replaceAll("\\.yml$", ".yaml")));
                        } else {
                            byFolder.computeIfAbsent(folderKey(path), k -> new ArrayList<>()).add(file);
                        }
                    }
                } catch (IOException e) {
                    problems.add(new Problem(path.toString(), 0, 0, "cannot read the folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                if (!name(path).endsWith(".yaml")) {
                    String base = name(path).contains(".") ? name(path).substring(0, name(path).lastIndexOf('.')) : name(path);
                    problems.add(new Problem(path.toString(), 1, 1,
                            "questionnaire files must end in .yaml; rename it to " + base + ".yaml"));
                    continue;
                }
                byFolder.computeIfAbsent(folderKey(path.toAbsolutePath().getParent()), k -> new ArrayList<>()).add(path);
            } else {
                problems.add(new Problem(path.toString(), 0, 0, "no such file or folder"));
            }
        }
        List<Questionnaire> questionnaires = new ArrayList<>();
        List<Contact> contacts = new ArrayList<>();
        List<ReviewDate> reviews = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        int files = 0;
        for (List<Path> group : byFolder.values()) {
            List<Questionnaire> groupQuestionnaires = new ArrayList<>();
            List<Parsed> checkable = new ArrayList<>();
            Path contactsFile = null;
            for (Path file : distinct(group)) {
                files++;
                if (name(file).equals(CONTACTS_FILE)) {
                    contactsFile = file;
                    continue;
                }
                Problems fileProblems = new Problems(file.toString());
                Parsed parsed = readQuestionnaire(file, fileProblems);
                Questionnaire q = parsed == null ? null : parsed.questionnaire();
                if (q != null) {
                    reviews.addAll(parsed.reviews());
                    checkable.add(parsed);
                    if (fileProblems.isEmpty()) {
                        groupQuestionnaires.add(q);
                        texts.put(q.id(), parsed.text());
                    }
                }
                problems.addAll(fileProblems.list());
            }
            if (contactsFile != null) {
                Problems contactProblems = new Problems(contactsFile.toString());
                Node root = Yaml.compose(contactsFile, contactProblems);
                ContactsParser contactsParser = new ContactsParser(contactProblems);
                List<Contact> parsed = root == null ? List.of() : contactsParser.parse(root);
                reviews.addAll(contactsParser.reviews());
                for (Parsed q : checkable) {
                    ReferenceChecker.checkContacts(parsed, q.questionnaire(), q.gaps(), checkable.size() > 1, contactProblems);
                }
                problems.addAll(contactProblems.list());
                if (contactProblems.isEmpty()) {
                    contacts.addAll(parsed);
                }
            }
            questionnaires.addAll(groupQuestionnaires);
        }
        return new Outcome(questionnaires, contacts, problems, files, reviews, texts);
    }

    /** A questionnaire parsed from text: the questionnaire when valid, else null, and every problem. */
    public record FromText(Questionnaire questionnaire, List<Problem> problems) {
        public boolean valid() {
            return questionnaire != null && problems.isEmpty();
        }
    }

    /**
     * Parses and validates one questionnaire from its YAML text, e.g. a snapshot stored by the web app,
     * exactly as if it had been read from a file called {@code fileName} (whose name gives the expected
     * id). The fingerprint is computed from the text as for a file. Contacts are not checked here.
     */
    public static FromText parse(String fileName, String yamlText) {
        Problems problems = new Problems(fileName);
        Node root = Yaml.compose(yamlText, problems);
        Questionnaire q = null;
        if (root != null) {
            String base = fileName.replaceAll("^.*/", "");
            String expectedId = base.endsWith(".yaml") ? base.substring(0, base.length() - ".yaml".length()) : null;
            QuestionnaireParser parser = new QuestionnaireParser(problems);
            q = parser.parse(root, expectedId, Fingerprint.of(root));
            if (q != null) {
                ReferenceChecker.check(q, parser.gaps(), problems);
            }
        }
        List<Problem> list = problems.list();
        return new FromText(list.isEmpty() ? q : null, list);
    }

    /** A questionnaire as far as it could be read, what it declares that the model cannot show, and its text. */
    private record Parsed(Questionnaire questionnaire, Gaps gaps, List<ReviewDate> reviews, String text) {
    }

    private static Parsed readQuestionnaire(Path file, Problems problems) {
        String text = Yaml.read(file, problems);
        Node root = text == null ? null : Yaml.compose(text, problems);
        if (root == null) {
            return null;
        }
        String expectedId = name(file).substring(0, name(file).length() - ".yaml".length());
        QuestionnaireParser parser = new QuestionnaireParser(problems);
        Questionnaire q = parser.parse(root, expectedId, Fingerprint.of(root));
        if (q == null) {
            return null;
        }
        ReferenceChecker.check(q, parser.gaps(), problems);
        return new Parsed(q, parser.gaps(), parser.reviews(), text);
    }

    private static Path folderKey(Path folder) {
        return folder == null ? Path.of(".").toAbsolutePath().normalize() : folder.toAbsolutePath().normalize();
    }

    /** Each file once, even when it was named both on its own and through its folder. */
    private static List<Path> distinct(List<Path> files) {
        Map<Path, Path> byAbsolute = new LinkedHashMap<>();
        files.forEach(f -> byAbsolute.putIfAbsent(f.toAbsolutePath().normalize(), f));
        return List.copyOf(byAbsolute.values());
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString();
    }
}
