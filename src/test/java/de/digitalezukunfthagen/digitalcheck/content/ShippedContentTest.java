package de.digitalezukunfthagen.digitalcheck.content;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.Main;
import de.digitalezukunfthagen.digitalcheck.cli.Cli;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Cap;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Contact;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Level;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Link;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Option;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionType;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Recommendation;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The questionnaires and contacts as they ship: valid (also strictly, with no review date passed),
 * complete in German and English, honest about what the answers mean ("don't know" is not "does not
 * apply", weak links cap the level, every legal fact is dated) and about who can help (nothing
 * invented, nothing that has ended, neutral institutions first and member firms only as examples).
 */
class ShippedContentTest {
    private static final Set<String> DIMENSION_IDS = Set.of(
            "strategy", "technology", "people", "data", "automation", "green", "security", "customers");
    private static final Set<String> NEUTRAL_KINDS = Set.of("chamber", "agency", "network", "programme");
    /** The websites the research (shared/research/hagen-contacts.md) lists; no other may be given for a contact. */
    private static final Set<String> RESEARCHED_DOMAINS = Set.of(
            "sihk.de", "hwk-do.de", "kh-handwerk.de", "unternehmerrat-hagen.de", "pcm-gmbh.com",
            "mittelstand-digital.de", "transferstelle-cybersicherheit.de", "bsi.bund.de", "nrwbank.de",
            // found with public sources on 2026-12-02 (docs/content-notes.md)
            "ldi.nrw.de", "arbeitsagentur.de", "fernuni-hagen.de", "bundesfachstelle-barrierefreiheit.de",
            "mittelstand-innovativ-digital.nrw", "european-digital-innovation-hubs.ec.europa.eu");
    /** Chambers, public programmes and authorities; links in advice never lead to a member firm or a vendor. */
    private static final Set<String> OFFICIAL_LINK_DOMAINS = Set.of(
            "sihk.de", "hwk-do.de", "mittelstand-digital.de", "transferstelle-cybersicherheit.de", "bsi.bund.de",
            "nrwbank.de", "bundesfinanzministerium.de", "ldi.nrw.de", "mittelstand-innovativ-digital.nrw",
            "bundesfachstelle-barrierefreiheit.de");
    /** Topics of advice on legal duties: a member firm is never matched for them. */
    private static final Set<String> LEGAL_TOPICS = Set.of("e-invoicing", "bookkeeping", "nis2", "data-protection",
            "accessibility");
    /** "Stand 2. Dezember 2026": how a text dates its legal facts. */
    private static final Pattern STAND = Pattern.compile("Stand \\d");
    /** A rough cost: a sum in euros, or that it costs nothing but working time. */
    private static final Pattern ROUGH_COST = Pattern.compile("€|Euro|kostenlos|Arbeitszeit|keine|günstiger");
    private static final Pattern EFFORT_UNIT = Pattern.compile("minute|stunde|tag|woche|monat|gespräch|jahr", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENDED_PROGRAMMES = Pattern.compile("go[- ]?digital|digital[- ]?jetzt",
            Pattern.CASE_INSENSITIVE);

    // ------------------------------------------------------------------ validity

    @Test
    void the_questionnaires_folder_validates_without_a_problem() {
        assertThat(ShippedContent.outcome().problems()).isEmpty();
        assertThat(ShippedContent.outcome().questionnaires()).extracting(Questionnaire::id)
                .containsExactlyInAnyOrder(ShippedContent.DIGITAL_CHECK, ShippedContent.QUICK_CHECK);
        assertThat(ShippedContent.contacts()).isNotEmpty();
    }

    @Test
    void the_validate_command_accepts_the_questionnaires_folder() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.cli().run(new String[] {"validate", "--strict", ShippedContent.FOLDER.toString()},
                new Cli.Streams(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()));
        assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("OK: 3 file(s) valid: 2 questionnaire(s)");
    }

    @Test
    void each_questionnaire_starts_with_the_schema_line_for_editors() throws IOException {
        for (String id : List.of(ShippedContent.DIGITAL_CHECK, ShippedContent.QUICK_CHECK)) {
            List<String> lines = Files.readAllLines(ShippedContent.FOLDER.resolve(id + ".yaml"), StandardCharsets.UTF_8);
            assertThat(lines.get(0)).as(id).isEqualTo("# yaml-language-server: $schema=schema.json");
        }
    }

    // ------------------------------------------------------------------ languages

    @Test
    void every_text_of_both_questionnaires_and_of_the_contacts_exists_in_german_and_english() {
        List<String> gaps = new ArrayList<>();
        BiConsumer<String, Text> check = (where, text) -> {
            for (String language : List.of("de", "en")) {
                String value = text.values().get(language);
                if (value == null || value.isBlank()) {
                    gaps.add(where + " has no " + language + " text");
                }
            }
        };
        int texts = 0;
        for (Questionnaire q : List.of(ShippedContent.digitalCheck(), ShippedContent.quickCheck())) {
            Map<String, Text> all = texts(q);
            all.forEach(check);
            texts += all.size();
        }
        Map<String, Text> contactTexts = contactTexts(ShippedContent.contacts());
        contactTexts.forEach(check);
        texts += contactTexts.size();

        assertThat(gaps).isEmpty();
        assertThat(texts).as("texts walked").isGreaterThan(800);
    }

    @Test
    void every_text_that_a_person_reads_is_there_not_just_optional() {
        List<String> missing = new ArrayList<>();
        for (Questionnaire q : List.of(ShippedContent.digitalCheck(), ShippedContent.quickCheck())) {
            requirePresent(missing, q.id() + " intro", q.intro());
            requirePresent(missing, q.id() + " outro", q.outro());
            q.levels().forEach(l -> requirePresent(missing, q.id() + " level " + l.id() + " description", l.description()));
            q.dimensions().forEach(d -> requirePresent(missing, q.id() + " dimension " + d.id() + " description", d.description()));
            for (Recommendation r : q.recommendations()) {
                requirePresent(missing, q.id() + " recommendation " + r.id() + " first_step", r.firstStep());
                requirePresent(missing, q.id() + " recommendation " + r.id() + " benefit", r.benefit());
                if (r.topics().isEmpty()) {
                    missing.add(q.id() + " recommendation " + r.id() + " has no topics to find contacts by");
                }
            }
            long withHelp = q.allQuestions().stream().filter(x -> x.help() != null).count();
            assertThat(withHelp).as(q.id() + ": most questions explain themselves").isGreaterThan(q.allQuestions().size() * 3 / 4);
        }
        for (Contact c : ShippedContent.contacts()) {
            requirePresent(missing, "contact " + c.id() + " description", c.description());
            requirePresent(missing, "contact " + c.id() + " note", c.note());
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_recommendation_says_who_does_it_how_much_work_it_is_and_roughly_what_it_costs() {
        List<String> missing = new ArrayList<>();
        for (Questionnaire q : List.of(ShippedContent.digitalCheck(), ShippedContent.quickCheck())) {
            for (Recommendation r : q.recommendations()) {
                requirePresent(missing, q.id() + " recommendation " + r.id() + " owner", r.effort().owner());
                requirePresent(missing, q.id() + " recommendation " + r.id() + " effort", r.effort().effort());
                requirePresent(missing, q.id() + " recommendation " + r.id() + " cost", r.effort().cost());
                if (r.effort().cost() != null && !ROUGH_COST.matcher(r.effort().cost().in("de")).find()) {
                    missing.add(q.id() + " recommendation " + r.id() + " cost names no sum and does not say it is free: "
                            + r.effort().cost().in("de"));
                }
                if (r.effort().effort() != null && !EFFORT_UNIT.matcher(r.effort().effort().in("de")).find()) {
                    missing.add(q.id() + " recommendation " + r.id() + " effort is not in minutes, hours, days, weeks or months: "
                            + r.effort().effort().in("de"));
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(ShippedContent.digitalCheck().recommendations()).hasSize(79);
        assertThat(ShippedContent.quickCheck().recommendations()).hasSize(20);
    }

    @Test
    void every_dimension_says_what_each_level_means_for_it_and_no_two_dimensions_say_the_same() {
        List<String> missing = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Questionnaire q : List.of(ShippedContent.digitalCheck(), ShippedContent.quickCheck())) {
            for (Dimension d : q.dimensions()) {
                for (Level l : q.levels()) {
                    Text text = d.levelTexts().get(l.id());
                    requirePresent(missing, q.id() + " dimension " + d.id() + " level text " + l.id(), text);
                    if (text != null && q == ShippedContent.digitalCheck() && !seen.add(text.in("de"))) {
                        missing.add(q.id() + " dimension " + d.id() + " level text " + l.id() + " repeats another one");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    // ------------------------------------------------------------------ the full check

    @Test
    void the_digital_check_covers_eight_dimensions_with_enough_questions_and_advice() {
        Questionnaire q = ShippedContent.digitalCheck();
        assertThat(q.dimensions()).extracting(Dimension::id).containsExactlyInAnyOrderElementsOf(DIMENSION_IDS);
        assertThat(q.dimensions()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(q.scoredQuestionCount()).isBetween(35, 70);
        for (Dimension d : q.dimensions()) {
            assertThat(d.questions().stream().filter(Question::scored).count())
                    .as("scored questions in " + d.id()).isGreaterThanOrEqualTo(4);
            assertThat(q.recommendations().stream().filter(r -> r.dimensionId().equals(d.id())).count())
                    .as("recommendations for " + d.id()).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void the_digital_check_profile_asks_industry_size_connection_and_obstacles() {
        Questionnaire q = ShippedContent.digitalCheck();
        assertThat(q.profile()).extracting(Question::id)
                .contains("industry", "employees", "internet-connection", "internet-satisfaction", "obstacles");

        Question industry = q.question("industry").orElseThrow();
        assertThat(industry.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(industry.options()).extracting(Option::id)
                .contains("construction", "crafts", "manufacturing", "retail", "wholesale", "transport", "hospitality",
                        "health", "services", "other");
        assertThat(q.profile()).extracting(Question::id).contains("workplaces", "customer-type", "turnover", "nis2-sector");
        assertThat(q.question("nis2-sector").orElseThrow().options()).anyMatch(Option::unknown)
                .anyMatch(o -> o.id().equals("none"));

        Question employees = q.question("employees").orElseThrow();
        assertThat(employees.type()).isEqualTo(QuestionType.NUMBER);
        assertThat(employees.required()).isTrue();
        assertThat(employees.min()).isEqualTo(1.0);

        Question obstacles = q.question("obstacles").orElseThrow();
        assertThat(obstacles.type()).isEqualTo(QuestionType.MULTI);
        assertThat(obstacles.option("none").orElseThrow().exclusive()).isTrue();
        assertThat(obstacles.options()).extracting(Option::id).contains("time", "money", "staff", "knowhow", "broadband",
                "security", "bureaucracy");
        assertThat(q.question("internet-connection").orElseThrow().required()).isFalse();
        assertThat(q.question("internet-satisfaction").orElseThrow().required()).isFalse();
    }

    @Test
    void both_checks_say_plainly_that_their_levels_are_not_the_eu_digital_maturity_assessment() {
        Questionnaire full = ShippedContent.digitalCheck();
        assertThat(full.levels()).extracting(Level::id).containsExactly("starter", "developing", "advanced", "leader");
        assertThat(full.levels()).extracting(Level::min).containsExactly(0.0, 26.0, 51.0, 76.0);
        assertThat(full.intro().in("de")).contains("Digital Maturity Assessment", "Vergleichbar sind die Zahlen aber nicht")
                .doesNotContain("entsprechen denen");
        assertThat(full.intro().in("en")).contains("Digital Maturity Assessment", "not comparable").doesNotContain("match");
        assertThat(ShippedContent.quickCheck().intro().in("de")).doesNotContain("Digital Maturity");
    }

    @Test
    void answer_options_rise_with_maturity_and_dont_know_never_earns_points() {
        List<String> wrong = new ArrayList<>();
        for (Questionnaire q : List.of(ShippedContent.digitalCheck(), ShippedContent.quickCheck())) {
            for (Dimension d : q.dimensions()) {
                for (Question question : d.questions()) {
                    double previous = -1;
                    for (Option o : question.options()) {
                        if (o.na() || o.unknown()) {
                            continue;
                        }
                        if (o.points() < previous) {
                            wrong.add(q.id() + "/" + question.id() + "/" + o.id() + " gives fewer points than the option before");
                        }
                        previous = o.points();
                    }
                    double best = question.options().stream().filter(o -> !o.na() && !o.unknown())
                            .mapToDouble(Option::points).max().orElse(0);
                    if (best != question.maxPoints() || previous != best) {
                        wrong.add(q.id() + "/" + question.id() + ": the last option is not the best one");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void questions_shown_only_to_producers_offer_does_not_apply() {
        for (Question question : ShippedContent.digitalCheck().allQuestions()) {
            if (question.id().startsWith("production-")) {
                assertThat(question.showIf()).as(question.id()).isNotNull();
                assertThat(question.options()).as(question.id()).anyMatch(Option::na).anyMatch(Option::unknown);
            }
        }
    }

    // ------------------------------------------------------------------ the quick check

    @Test
    void the_quick_check_asks_eight_to_fifteen_questions_over_the_same_dimensions_and_invites_to_the_full_check() {
        Questionnaire quick = ShippedContent.quickCheck();
        assertThat(quick.scoredQuestionCount()).isBetween(8, 15);
        assertThat(quick.dimensions()).extracting(Dimension::id)
                .containsExactlyElementsOf(ShippedContent.digitalCheck().dimensions().stream().map(Dimension::id).toList());
        quick.dimensions().forEach(d -> assertThat(d.questions()).as(d.id()).anyMatch(Question::scored));
        assertThat(quick.outro()).isNotNull();
        assertThat(quick.outro().in("de")).contains("Digital-Check Hagen");
        assertThat(quick.outro().in("en")).contains("Digital Check Hagen");
        assertThat(quick.estimatedMinutes()).isLessThanOrEqualTo(5);
    }

    @Test
    void the_quick_check_asks_its_questions_exactly_as_the_full_check_does() {
        Questionnaire full = ShippedContent.digitalCheck();
        for (Question question : ShippedContent.quickCheck().allQuestions()) {
            Question same = full.question(question.id()).orElseThrow(() -> new AssertionError(question.id()));
            assertThat(question.text()).as(question.id()).isEqualTo(same.text());
            assertThat(question.help()).as(question.id()).isEqualTo(same.help());
            assertThat(question.options()).as(question.id())
                    .usingRecursiveFieldByFieldElementComparatorIgnoringFields("pos").isEqualTo(same.options());
            assertThat(question.dimension()).as(question.id()).isEqualTo(same.dimension());
        }
        assertThat(ShippedContent.quickCheck().levels()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("pos")
                .isEqualTo(full.levels());
        for (Dimension d : ShippedContent.quickCheck().dimensions()) {
            assertThat(d.levelTexts()).as(d.id() + " level texts").isEqualTo(full.dimension(d.id()).orElseThrow().levelTexts());
        }
    }

    @Test
    void a_recommendation_given_by_both_checks_reads_the_same_in_both() {
        Questionnaire full = ShippedContent.digitalCheck();
        for (Recommendation r : ShippedContent.quickCheck().recommendations()) {
            full.recommendation(r.id()).ifPresent(same -> {
                assertThat(List.of(r.title(), r.text(), r.firstStep(), r.benefit())).as(r.id())
                        .isEqualTo(List.of(same.title(), same.text(), same.firstStep(), same.benefit()));
                assertThat(r.links()).as(r.id()).isEqualTo(same.links());
                assertThat(r.topics()).as(r.id()).isEqualTo(same.topics());
                assertThat(r.priority()).as(r.id()).isEqualTo(same.priority());
                assertThat(r.effort()).as(r.id() + " owner, effort and cost").isEqualTo(same.effort());
            });
        }
    }

    // ------------------------------------------------------------------ contacts and links

    @Test
    void every_topic_of_every_recommendation_has_a_verified_neutral_contact_for_every_company_it_can_reach() {
        Map<String, Set<String>> neutralForAll = new LinkedHashMap<>();
        for (Contact c : ShippedContent.contacts()) {
            if (NEUTRAL_KINDS.contains(c.kind()) && c.verified() && c.when() == null) {
                c.topics().forEach(topic -> neutralForAll.computeIfAbsent(topic, k -> new LinkedHashSet<>()).add(c.id()));
            }
        }
        Set<String> uncovered = new LinkedHashSet<>();
        for (Questionnaire q : List.of(ShippedContent.digitalCheck(), ShippedContent.quickCheck())) {
            q.recommendations().forEach(r -> r.topics().stream().filter(topic -> !neutralForAll.containsKey(topic))
                    .forEach(topic -> uncovered.add(q.id() + "/" + r.id() + ": " + topic)));
        }
        // NIS-2 advice is only given to firms of 50 or more people or more than 10 million euros turnover
        // (the NIS-2 sector question is shown only to them), and the BSI contact has that same condition;
        // PersonasTest shows it to the 120-person haulier.
        assertThat(uncovered).as("topics without a neutral contact shown to every company")
                .containsExactlyInAnyOrder("digital-check/nis2-check: nis2", "quick-check/nis2-check: nis2");
        assertThat(ShippedContent.digitalCheck().question("nis2-sector").orElseThrow().showIf())
                .usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*pos.*")
                .isEqualTo(ShippedContent.contact("bsi-nis2").when());
    }

    @Test
    void every_contact_is_dated_and_every_neutral_one_has_a_website_unless_its_note_says_why_not() {
        for (Contact c : ShippedContent.contacts()) {
            assertThat(c.asOf()).as(c.id() + " as_of").isNotNull();
            if (c.neutral() && c.website() == null) {
                assertThat(c.id()).as("only the city's agency lacks a confirmed website").isEqualTo("hawe-hagen");
                assertThat(c.note().in("de")).contains("Website", "nicht gefunden");
            }
        }
    }

    @Test
    void the_kinds_are_named_truthfully() {
        assertThat(ShippedContent.contact("bsi-cyberrisikocheck").kind()).as("a procedure of an authority, paid to a provider")
                .isEqualTo("agency");
        assertThat(ShippedContent.contact("bsi-cyberrisikocheck").description().in("de")).contains("bezahlte Leistung");
        assertThat(ShippedContent.contact("transferstelle-cybersicherheit").kind()).as("a free service, not funding")
                .isEqualTo("network");
        assertThat(ShippedContent.contacts()).filteredOn(c -> c.kind().equals("programme")).extracting(Contact::id)
                .as("only real funding programmes").containsExactlyInAnyOrder("mid-digitale-sicherheit", "mid-digitalisierung");
        assertThat(ShippedContent.contacts()).extracting(Contact::id)
                .contains("ldi-nrw", "arbeitsagentur-hagen", "edih-suedwestfalen", "fernuni-learn-it-swf",
                        "bundesfachstelle-barrierefreiheit", "bsi-nis2");
        assertThat(ShippedContent.contact("edih-suedwestfalen").topics()).as("not shown until the operator confirms it still runs")
                .isEmpty();
    }

    @Test
    void no_contact_has_an_invented_address_email_phone_or_person() {
        for (Contact c : ShippedContent.contacts()) {
            assertThat(c.email()).as(c.id()).isNull();
            assertThat(c.phone()).as(c.id()).isNull();
            assertThat(c.person()).as(c.id()).isNull();
            assertThat(c.address()).as(c.id()).isNull();
        }
    }

    @Test
    void contact_websites_are_only_the_ones_the_research_confirmed() {
        for (Contact c : ShippedContent.contacts()) {
            if (c.website() != null) {
                URI uri = URI.create(c.website());
                assertThat(uri.getScheme()).as(c.id()).isEqualTo("https");
                assertThat(onDomain(uri.getHost(), RESEARCHED_DOMAINS)).as(c.id() + " " + c.website()).isTrue();
            }
        }
    }

    @Test
    void member_firms_are_unverified_examples_and_never_matched_for_legal_advice() {
        List<Contact> companies = ShippedContent.contacts().stream().filter(c -> c.kind().equals("company")).toList();
        assertThat(companies).extracting(Contact::id).contains("pcm-gmbh", "steuerberatung-hoesterey");
        assertThat(companies).allSatisfy(c -> {
            assertThat(c.verified()).as(c.id()).isFalse();
            assertThat(c.topics()).as(c.id()).doesNotContainAnyElementsOf(LEGAL_TOPICS);
        });
        assertThat(ShippedContent.contact("steuerberatung-hoesterey").topics()).isEmpty();
        assertThat(ShippedContent.contacts().stream().filter(c -> !c.neutral()).count())
                .isLessThan(ShippedContent.contacts().stream().filter(Contact::neutral).count());
    }

    @Test
    void the_nrw_funding_for_ai_products_comes_only_with_advice_on_building_them() {
        // MID-Digitalisierung funds digital products with AI, not trying out a chat assistant
        Contact programme = ShippedContent.contact("mid-digitalisierung");
        List<String> bringingIt = new ArrayList<>();
        for (Questionnaire q : List.of(ShippedContent.digitalCheck(), ShippedContent.quickCheck())) {
            q.recommendations().stream().filter(r -> r.topics().stream().anyMatch(programme.topics()::contains))
                    .forEach(r -> bringingIt.add(q.id() + "/" + r.id()));
        }
        assertThat(bringingIt).containsExactlyInAnyOrder("digital-check/data-driven-business",
                "digital-check/automation-next-level");
    }

    @Test
    void no_text_offers_a_programme_that_has_ended() {
        List<String> mentions = new ArrayList<>();
        Stream.concat(Stream.of(ShippedContent.digitalCheck(), ShippedContent.quickCheck()).map(ShippedContentTest::texts),
                        Stream.of(contactTexts(ShippedContent.contacts())))
                .forEach(texts -> texts.forEach((where, text) -> text.values().values().stream()
                        .filter(v -> ENDED_PROGRAMMES.matcher(v).find())
                        .forEach(v -> mentions.add(where + ": " + v))));
        assertThat(mentions).isEmpty();
    }

    @Test
    void every_link_is_https_on_an_official_domain() {
        List<Link> links = new ArrayList<>();
        for (Questionnaire q : List.of(ShippedContent.digitalCheck(), ShippedContent.quickCheck())) {
            q.recommendations().forEach(r -> links.addAll(r.links()));
        }
        assertThat(links).isNotEmpty().allSatisfy(link -> {
            URI uri = URI.create(link.url());
            assertThat(uri.getScheme()).as(link.url()).isEqualTo("https");
            assertThat(onDomain(uri.getHost(), OFFICIAL_LINK_DOMAINS)).as(link.url()).isTrue();
        });
    }

    // ------------------------------------------------------------------ version 2: don't know, caps, dates

    @Test
    void dont_know_is_always_its_own_option_and_never_shares_a_label_with_does_not_apply() {
        List<String> wrong = new ArrayList<>();
        for (Questionnaire q : List.of(ShippedContent.digitalCheck(), ShippedContent.quickCheck())) {
            for (Question question : q.allQuestions()) {
                for (Option o : question.options()) {
                    String de = o.label().in("de");
                    if (de.contains("Weiß") && de.toLowerCase(java.util.Locale.ROOT).contains("trifft nicht zu")) {
                        wrong.add(q.id() + "/" + question.id() + "/" + o.id() + ": don't know and does not apply in one option");
                    }
                    if (o.unknown() && !de.startsWith("Weiß ich nicht")) {
                        wrong.add(q.id() + "/" + question.id() + "/" + o.id() + ": a don't-know option says so");
                    }
                    if (o.na() && !de.startsWith("Trifft nicht zu")) {
                        wrong.add(q.id() + "/" + question.id() + "/" + o.id() + ": a does-not-apply option says so");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void it_security_e_invoicing_and_data_protection_offer_dont_know_where_an_owner_may_not_know() {
        Questionnaire q = ShippedContent.digitalCheck();
        Set<String> known = Set.of("sec-responsible", "sec-passwords", "sec-awareness", "sec-emergency");
        List<String> withUnknown = new ArrayList<>();
        q.dimension("security").orElseThrow().questions().stream().filter(x -> !known.contains(x.id()))
                .forEach(x -> withUnknown.add(x.id()));
        withUnknown.addAll(List.of("einvoice-receive", "einvoice-send", "procedure-doc", "cash-register", "data-protection"));
        for (String id : withUnknown) {
            assertThat(q.question(id).orElseThrow().options()).as(id).anyMatch(Option::unknown);
        }
        assertThat(q.dimension("security").orElseThrow().questions()).hasSizeGreaterThanOrEqualTo(14);
    }

    @Test
    void weakest_links_cap_the_level_with_a_reason_in_both_languages() {
        Questionnaire full = ShippedContent.digitalCheck();
        assertThat(full.caps()).extracting(Cap::id).contains("no-backup", "no-updates", "no-malware-protection", "no-mfa",
                "security-no-backup", "security-no-updates", "security-shared-admin", "security-no-mfa",
                "security-shared-accounts", "technology-no-e-invoice-receipt", "data-no-data-protection");
        for (Questionnaire q : List.of(full, ShippedContent.quickCheck())) {
            for (Cap c : q.caps()) {
                assertThat(c.reason().in("de")).as(q.id() + "/" + c.id()).isNotBlank();
                assertThat(c.reason().values()).as(q.id() + "/" + c.id()).containsKeys("de", "en");
                assertThat(q.levelRank(c.levelAtMost().id())).as(c.id() + " lowers a level")
                        .isLessThan(q.levels().size() - 1);
            }
        }
        assertThat(ShippedContent.quickCheck().caps()).extracting(Cap::id).contains("no-backup", "no-updates", "no-mfa");
    }

    @Test
    void every_recommendation_that_states_a_legal_fact_is_dated_and_names_its_sources() {
        List<String> legal = List.of("receive-e-invoices", "send-e-invoices-2027", "send-e-invoices-2028",
                "gobd-procedure-documentation", "register-cash-till", "nis2-check", "ai-rules-and-literacy",
                "shop-accessibility", "data-protection-basics", "security-funding", "cyber-risk-check");
        Questionnaire full = ShippedContent.digitalCheck();
        for (String id : legal) {
            Recommendation r = full.recommendation(id).orElseThrow(() -> new AssertionError(id));
            assertThat(r.asOf()).as(id + " as_of").isNotNull();
            assertThat(r.reviewBy()).as(id + " review_by").isNotNull().isAfter(r.asOf());
        }
        for (Questionnaire q : List.of(full, ShippedContent.quickCheck())) {
            for (Recommendation r : q.recommendations()) {
                if (r.text() != null && STAND.matcher(r.text().in("de")).find()) {
                    assertThat(r.asOf()).as(q.id() + "/" + r.id()).isNotNull();
                    assertThat(r.text().in("de")).as(q.id() + "/" + r.id()).contains("Quelle");
                    assertThat(r.text().in("en")).as(q.id() + "/" + r.id()).contains("As of ").contains("Source");
                }
            }
        }
    }

    @Test
    void the_ai_act_text_says_precisely_what_is_confirmed() {
        Text text = ShippedContent.digitalCheck().recommendation("ai-rules-and-literacy").orElseThrow().text();
        assertThat(text.in("de")).contains("2. Februar 2025", "16. Juni 2026", "29. Juni 2026", "konnten wir nicht bestätigen");
        assertThat(text.in("en")).contains("2 February 2025", "could not confirm");
    }

    @Test
    void the_plan_is_short_and_spread_over_the_areas() {
        assertThat(ShippedContent.digitalCheck().planSize()).isEqualTo(7);
        assertThat(ShippedContent.digitalCheck().planPerDimension()).isEqualTo(3);
        assertThat(ShippedContent.quickCheck().planSize()).isEqualTo(5);
        assertThat(ShippedContent.quickCheck().planPerDimension()).isEqualTo(2);
    }

    // ------------------------------------------------------------------ helpers

    private static boolean onDomain(String host, Set<String> domains) {
        return host != null && domains.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d));
    }

    private static void requirePresent(List<String> missing, String where, Text text) {
        if (text == null) {
            missing.add(where + " is missing");
        }
    }

    /** Every human-readable text of a questionnaire that is present, by where it is. */
    static Map<String, Text> texts(Questionnaire q) {
        Map<String, Text> texts = new LinkedHashMap<>();
        String p = q.id() + " ";
        put(texts, p + "title", q.title());
        put(texts, p + "intro", q.intro());
        put(texts, p + "outro", q.outro());
        for (Level l : q.levels()) {
            put(texts, p + "level " + l.id() + " title", l.title());
            put(texts, p + "level " + l.id() + " description", l.description());
        }
        for (Dimension d : q.dimensions()) {
            put(texts, p + "dimension " + d.id() + " title", d.title());
            put(texts, p + "dimension " + d.id() + " description", d.description());
            d.levelTexts().forEach((level, text) -> put(texts, p + "dimension " + d.id() + " level text " + level, text));
        }
        for (Question question : q.allQuestions()) {
            String where = p + "question " + question.id();
            put(texts, where + " text", question.text());
            put(texts, where + " help", question.help());
            put(texts, where + " unit", question.unit());
            question.options().forEach(o -> put(texts, where + " option " + o.id(), o.label()));
        }
        for (Cap c : q.caps()) {
            put(texts, p + "cap " + c.id() + " reason", c.reason());
        }
        for (Recommendation r : q.recommendations()) {
            String where = p + "recommendation " + r.id();
            put(texts, where + " title", r.title());
            put(texts, where + " text", r.text());
            put(texts, where + " first_step", r.firstStep());
            put(texts, where + " benefit", r.benefit());
            put(texts, where + " owner", r.effort().owner());
            put(texts, where + " effort", r.effort().effort());
            put(texts, where + " cost", r.effort().cost());
            for (int i = 0; i < r.links().size(); i++) {
                put(texts, where + " link " + (i + 1), r.links().get(i).title());
            }
        }
        return texts;
    }

    static Map<String, Text> contactTexts(List<Contact> contacts) {
        Map<String, Text> texts = new LinkedHashMap<>();
        for (Contact c : contacts) {
            put(texts, "contact " + c.id() + " name", c.name());
            put(texts, "contact " + c.id() + " description", c.description());
            put(texts, "contact " + c.id() + " address", c.address());
            put(texts, "contact " + c.id() + " note", c.note());
        }
        return texts;
    }

    private static void put(Map<String, Text> texts, String where, Text text) {
        if (text != null) {
            texts.put(where, text);
        }
    }
}
