package de.digitalezukunfthagen.digitalcheck.report;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Contact;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a report is made of: the questionnaire and contacts directory the answers are scored with,
 * the answers (already checked, e.g. by {@code AnswersJson.read}), the reader's language ({@code de}
 * or {@code en}), the company's name (may be null or blank: then the report names none) and the
 * date printed on the cover. The figures are not part of the input: the report scores the answers
 * itself with {@link de.digitalezukunfthagen.digitalcheck.scoring.Scorer}, the one engine.
 * {@code spread} is given only for the consensus of a workshop: how the participants answered on
 * their own; null for a report of one respondent. {@code full} asks for the long version: every
 * recommendation in full, what pulls each area down and all answers in the appendix; without it the
 * report keeps to {@link PdfReport#PAGE_BUDGET} pages. {@code comparisons}: the firm's earlier check
 * and similar firms, when there are any.
 */
public record ReportInput(
        Questionnaire questionnaire,
        List<Contact> contacts,
        Answers answers,
        String language,
        String company,
        LocalDate date,
        WorkshopSpread spread,
        boolean full,
        Comparisons comparisons) {

    /** The languages a report can be written in; German first. */
    public static final List<String> LANGUAGES = List.of("de", "en");

    public ReportInput {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(date, "date");
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        if (!supports(language)) {
            throw new IllegalArgumentException("the report language must be one of " + LANGUAGES + ", not '" + language + "'");
        }
        company = company == null || company.isBlank() ? null : company.strip();
        comparisons = comparisons == null ? Comparisons.NONE : comparisons;
    }

    public ReportInput(Questionnaire questionnaire, List<Contact> contacts, Answers answers, String language, String company,
            LocalDate date, WorkshopSpread spread, boolean full) {
        this(questionnaire, contacts, answers, language, company, date, spread, full, Comparisons.NONE);
    }

    /** The same report with the firm's earlier check and similar firms to compare with. */
    public ReportInput withComparisons(Comparisons comparisons) {
        return new ReportInput(questionnaire, contacts, answers, language, company, date, spread, full, comparisons);
    }

    /** The short report (at most {@link PdfReport#PAGE_BUDGET} pages). */
    public ReportInput(Questionnaire questionnaire, List<Contact> contacts, Answers answers, String language, String company,
            LocalDate date, WorkshopSpread spread) {
        this(questionnaire, contacts, answers, language, company, date, spread, false);
    }

    /** The short report of one respondent, without a workshop's spread. */
    public ReportInput(Questionnaire questionnaire, List<Contact> contacts, Answers answers, String language, String company,
            LocalDate date) {
        this(questionnaire, contacts, answers, language, company, date, null, false);
    }

    /** The same report, long ({@code true}) or short. */
    public ReportInput withFull(boolean full) {
        return new ReportInput(questionnaire, contacts, answers, language, company, date, spread, full, comparisons);
    }

    public static boolean supports(String language) {
        return language != null && Set.copyOf(LANGUAGES).contains(language);
    }
}
