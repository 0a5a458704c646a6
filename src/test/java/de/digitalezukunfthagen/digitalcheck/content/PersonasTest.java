package de.digitalezukunfthagen.digitalcheck.content;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Contact;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Recommendation;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Hagen companies (see {@link Personas}) answer both checks, and their results must be advice a
 * chamber adviser would defend: the level fits the firm and names its weakest link, the 90-day plan
 * starts with what matters on Monday, advice that does not fit the firm's size, trade or customers is
 * absent, legal duties appear whatever the scores, and the contacts are neutral institutions, with the
 * member firms never among them.
 */
class PersonasTest {

    @Nested
    class AHairSalonWithFourPeople {
        private final Result full = full(Personas.salon());
        private final Result quick = quick(Personas.salon());

        @Test
        void is_on_the_way_but_its_security_is_held_at_the_start_because_nobody_knows_about_the_backup() {
            assertThat(full.complete()).as(describe(full)).isTrue();
            assertThat(full.overall().level()).as(describe(full)).isEqualTo("developing");
            assertThat(full.dimension("security").level()).isEqualTo("starter");
            assertThat(full.dimension("security").cappedBy()).containsExactly("security-no-backup");
            assertThat(full.unknown()).containsExactly("einvoice-receive", "procedure-doc", "sec-backup");
            assertThat(full.dimension("customers").level()).as("online booking, reviews, a current website").isEqualTo("advanced");
        }

        @Test
        void starts_its_plan_with_the_backup_the_admin_account_and_two_step_login() {
            assertThat(full.plan()).as(describe(full))
                    .startsWith("backup-3-2-1", "admin-accounts", "enable-mfa", "receive-e-invoices")
                    .hasSize(7);
            assertThat(quick.plan().subList(0, 3)).as(describe(quick))
                    .containsExactlyInAnyOrder("backup-3-2-1", "enable-mfa", "receive-e-invoices");
        }

        @Test
        void is_not_told_what_a_small_salon_with_private_customers_does_not_need() {
            assertThat(ids(full)).as(describe(full))
                    .contains("simple-business-software", "cyber-risk-check", "data-protection-basics")
                    .doesNotContain(
                            "connect-business-software", // no ERP project for four people
                            "send-e-invoices-2027", "send-e-invoices-2028", // it invoices consumers only
                            "register-cash-till", // its till has a TSE and is registered
                            "shop-accessibility", // booking a service: the micro-enterprise exemption applies
                            "nis2-check", "security-management", "security-funding", // far below the thresholds
                            "digital-production-planning", "connect-machines", "use-production-data");
            Evaluation evaluation = Scorer.evaluate(ShippedContent.digitalCheck(), ShippedContent.contacts(),
                    Personas.salon().to(ShippedContent.digitalCheck(), false));
            assertThat(evaluation.visible()).as("a salon has no workshop")
                    .doesNotContain("production-planning", "production-data", "production-automation",
                            "production-efficiency", "einvoice-send", "nis2-sector")
                    .contains("cash-register");
            assertThat(germanTexts(full)).as("no building-site advice for a salon").doesNotContain("Baustelle");
        }

        @Test
        void is_sent_to_the_crafts_chamber_and_neutral_help() {
            assertThat(contactIds(full)).as(describe(full))
                    .contains("hwk-dortmund", "bsi-cyberrisikocheck", "transferstelle-cybersicherheit")
                    .doesNotContain("sihk-hagen", "bsi-nis2");
            assertOnlyNeutralContacts(full);
            assertOnlyNeutralContacts(quick);
            assertThat(contactIds(quick)).contains("hwk-dortmund");
        }
    }

    @Nested
    class ARooferWithEightPeople {
        private final Result full = full(Personas.roofer());
        private final Result quick = quick(Personas.roofer());

        @Test
        void is_at_the_start_overall_and_in_security() {
            assertThat(full.complete()).as(describe(full)).isTrue();
            assertThat(full.overall().level()).as(describe(full)).isEqualTo("starter");
            assertThat(full.dimension("security").level()).isEqualTo("starter");
            assertThat(full.unknown()).containsExactly("sec-network");
            assertThat(quick.overall().level()).as("the quick check is coarser" + describe(quick)).isIn("starter", "developing");
            assertThat(quick.dimension("security").level()).isEqualTo("starter");
        }

        @Test
        void must_send_e_invoices_from_january_because_its_turnover_is_above_eight_hundred_thousand() {
            assertThat(full.plan()).as(describe(full))
                    .containsExactly("backup-3-2-1", "admin-accounts", "enable-mfa", "receive-e-invoices",
                            "send-e-invoices-2027", "automate-one-routine", "ai-rules-and-literacy");
            assertThat(full.recommendations()).filteredOn(r -> r.id().equals("send-e-invoices-2027"))
                    .singleElement().satisfies(r -> assertThat(r.priority()).isEqualTo(1));
            assertThat(ids(full)).doesNotContain("send-e-invoices-2028");
            Result smaller = full(Personas.roofer().one("turnover", "up-to-800k"));
            assertThat(ids(smaller)).as(describe(smaller)).contains("send-e-invoices-2028").doesNotContain("send-e-invoices-2027");
            Result smallBusiness = full(Personas.roofer().one("turnover", "small-business"));
            assertThat(ids(smallBusiness)).as("section 19 UStG: exempt from issuing, not from receiving")
                    .contains("receive-e-invoices").doesNotContain("send-e-invoices-2027", "send-e-invoices-2028");
        }

        @Test
        void gets_advice_for_work_on_site_but_no_erp_project_and_no_production_questions() {
            assertThat(ids(full)).as(describe(full))
                    .contains("digital-time-recording", "secure-remote-access", "team-collaboration-tools",
                            "simple-business-software", "better-passwords", "install-updates", "malware-protection",
                            "renew-website", "cyber-risk-check", "gobd-procedure-documentation")
                    .doesNotContain("connect-business-software", "register-cash-till", "nis2-check", "create-website",
                            "security-management");
            Evaluation evaluation = Scorer.evaluate(ShippedContent.digitalCheck(), ShippedContent.contacts(),
                    Personas.roofer().to(ShippedContent.digitalCheck(), false));
            assertThat(evaluation.visible()).doesNotContain("production-planning", "nis2-sector")
                    .contains("einvoice-send", "cash-register", "sec-restore-test");
        }

        @Test
        void is_sent_to_the_crafts_chamber_not_the_sihk() {
            assertThat(contactIds(full)).as(describe(full)).contains("hwk-dortmund", "bsi-cyberrisikocheck")
                    .doesNotContain("sihk-hagen");
            assertOnlyNeutralContacts(full);
            assertOnlyNeutralContacts(quick);
        }
    }

    @Nested
    class AHaulierWithOneHundredTwentyPeople {
        private final Result full = full(Personas.haulier());
        private final Result quick = quick(Personas.haulier());

        @Test
        void is_advanced_and_told_to_check_nis_2_first_whatever_its_scores() {
            assertThat(full.complete()).as(describe(full)).isTrue();
            assertThat(full.overall().level()).as(describe(full)).isEqualTo("advanced");
            assertThat(full.unknown()).containsExactly("nis2-sector");
            assertThat(full.plan()).as(describe(full)).startsWith("send-e-invoices-2027", "nis2-check", "enable-mfa");
            assertThat(quick.plan()).as(describe(quick)).contains("nis2-check");
            Result excellent = full(Personas.everything().one("industry", "transport").number("employees", 120)
                    .one("nis2-sector", "transport"));
            assertThat(excellent.overall().level()).isEqualTo("leader");
            assertThat(ids(excellent)).as("the duty does not depend on the score").contains("nis2-check");
        }

        @Test
        void is_still_told_to_check_nis_2_when_it_sees_no_matching_area_but_not_when_it_is_too_small() {
            assertThat(ids(full(Personas.haulier().one("nis2-sector", "none"))))
                    .as("logistics is hard to place, so a haulier checks anyway").contains("nis2-check");
            assertThat(ids(full(Personas.haulier().one("industry", "services").one("nis2-sector", "none"))))
                    .as("an office firm outside the listed areas").doesNotContain("nis2-check");
            Result thirty = full(Personas.haulier().number("employees", 30).one("turnover", "up-to-10m"));
            assertThat(ids(thirty)).as(describe(thirty)).doesNotContain("nis2-check").contains("cyber-risk-check");
        }

        @Test
        void gets_advice_for_its_size_not_for_a_micro_firm() {
            assertThat(ids(full)).as(describe(full))
                    .contains("security-management", "gobd-procedure-documentation", "ai-rules-and-literacy")
                    .doesNotContain("cyber-risk-check", "simple-business-software", "connect-business-software",
                            "register-cash-till", "shop-accessibility", "backup-3-2-1");
        }

        @Test
        void is_sent_to_the_bsi_and_the_sihk() {
            assertThat(contactIds(full)).as(describe(full)).contains("bsi-nis2", "sihk-hagen")
                    .doesNotContain("hwk-dortmund", "bsi-cyberrisikocheck");
            assertThat(ShippedContent.contact("bsi-nis2").kind()).isEqualTo("agency");
            assertOnlyNeutralContacts(full);
            assertOnlyNeutralContacts(quick);
        }
    }

    @Nested
    class AStrongFirmWithAWeakLink {
        private final Result full = full(Personas.strongFirmWithoutBackup());
        private final Result quick = quick(Personas.strongFirmWithoutBackup());

        @Test
        void keeps_its_score_but_its_level_is_capped_and_the_reason_is_named() {
            assertThat(full.overall().score()).as(describe(full)).isGreaterThanOrEqualTo(new BigDecimal("95"));
            assertThat(full.overall().level()).isEqualTo("developing");
            assertThat(full.overall().cappedBy()).containsExactly("no-backup");
            assertThat(full.dimension("security").level()).isEqualTo("starter");
            assertThat(full.dimension("security").cappedBy()).containsExactly("security-no-backup");
            assertThat(full.dimensions()).filteredOn(d -> !d.id().equals("security"))
                    .allSatisfy(d -> assertThat(d.level()).as(d.id()).isEqualTo("leader"));
            var cap = ShippedContent.digitalCheck().cap("no-backup").orElseThrow();
            assertThat(cap.reason().in("de")).contains("Datensicherung");
            assertThat(cap.reason().in("en")).contains("backup");
            assertThat(quick.overall().level()).as(describe(quick)).isEqualTo("developing");
            assertThat(quick.overall().cappedBy()).containsExactly("no-backup");
        }

        @Test
        void is_told_only_one_thing_for_monday() {
            assertThat(full.plan()).as(describe(full)).containsExactly("backup-3-2-1");
            assertThat(full.recommendations().get(0).id()).isEqualTo("backup-3-2-1");
            assertThat(full.recommendations()).filteredOn(r -> r.priority() == 1).hasSize(1);
            assertThat(ids(full)).as("no praise for security it has not got").doesNotContain("security-excellence");
        }

        @Test
        void is_a_leader_once_the_backup_is_there() {
            Result fixed = full(Personas.strongFirmWithoutBackup().one("sec-backup", "separate").one("sec-restore-test", "yearly"));
            assertThat(fixed.overall().level()).as(describe(fixed)).isEqualTo("leader");
            assertThat(fixed.overall().cappedBy()).isEmpty();
            assertThat(fixed.dimensions()).allSatisfy(d -> assertThat(d.cappedBy()).as(d.id()).isEmpty());
            assertThat(fixed.plan()).isEmpty();
            assertOnlyNeutralContacts(fixed);
        }
    }

    @Nested
    class AFirmThatHasDoneEverything {
        private final Result full = full(Personas.everything());
        private final Result quick = quick(Personas.everything());

        @Test
        void leads_in_every_area_without_a_cap() {
            assertThat(full.overall().score()).isEqualByComparingTo("100");
            assertThat(full.overall().level()).isEqualTo("leader");
            assertThat(full.dimensions()).allSatisfy(d -> assertThat(d.level()).as(d.id()).isEqualTo("leader"));
            assertThat(full.unknown()).isEmpty();
            assertThat(quick.overall().level()).isEqualTo("leader");
        }

        @Test
        void gets_only_the_legal_check_as_urgent_and_neutral_help_for_its_next_projects() {
            assertThat(full.recommendations()).filteredOn(r -> r.priority() == 1).extracting(Result.TriggeredRecommendation::id)
                    .as(describe(full)).containsExactly("nis2-check");
            assertThat(ids(full)).contains("security-excellence", "technology-review", "data-driven-business");
            assertThat(contactIds(full)).as(describe(full)).contains("mittelstand-digital", "bsi-nis2")
                    .doesNotContain("edih-suedwestfalen");
            assertOnlyNeutralContacts(full);
            assertThat(ids(quick)).contains("take-full-check", "nis2-check");
        }
    }

    @Nested
    class AFirmThatHasDoneNothing {
        private final Result full = full(Personas.nothing());
        private final Result quick = quick(Personas.nothing());

        @Test
        void is_at_the_start_everywhere_and_every_cap_on_its_answers_holds() {
            assertThat(full.overall().score()).isEqualByComparingTo("0");
            assertThat(full.dimensions()).allSatisfy(d -> assertThat(d.level()).as(d.id()).isEqualTo("starter"));
            assertThat(quick.dimensions()).allSatisfy(d -> assertThat(d.level()).as(d.id()).isEqualTo("starter"));
            assertThat(full.overall().cappedBy()).as("a cap only names what lowered a level").isEmpty();
        }

        @Test
        void gets_the_legal_duties_and_the_security_basics_first() {
            assertThat(full.recommendations().stream().filter(r -> r.priority() == 1).map(Result.TriggeredRecommendation::id))
                    .as(describe(full))
                    .containsExactlyInAnyOrder("receive-e-invoices", "backup-3-2-1", "admin-accounts", "enable-mfa",
                            "install-updates", "malware-protection");
            assertThat(full.plan()).hasSize(7);
            assertThat(full.plan().stream().map(id -> recommendation(id).dimensionId())
                    .collect(Collectors.groupingBy(d -> d, Collectors.counting())))
                    .allSatisfy((dimension, count) -> assertThat(count).as(dimension).isLessThanOrEqualTo(3));
        }

        @Test
        void gets_a_list_that_does_not_repeat_itself() {
            List<String> titles = full.recommendations().stream().map(r -> recommendation(r.id()).title().in("de")).toList();
            assertThat(titles).doesNotHaveDuplicates();
            assertOnlyNeutralContacts(full);
            assertOnlyNeutralContacts(quick);
        }
    }

    // ------------------------------------------------------------------ across the personas

    @Test
    void the_quick_check_lands_near_the_full_check_for_every_persona() {
        for (AnswerSheet sheet : List.of(Personas.salon(), Personas.roofer(), Personas.haulier(),
                Personas.strongFirmWithoutBackup(), Personas.everything(), Personas.nothing())) {
            BigDecimal full = full(sheet).overall().score();
            BigDecimal quick = quick(sheet).overall().score();
            assertThat(full.subtract(quick).abs()).as("full " + full + ", quick " + quick).isLessThanOrEqualTo(new BigDecimal("15"));
        }
    }

    @Test
    void no_persona_ever_sees_a_member_firm() {
        for (AnswerSheet sheet : List.of(Personas.salon(), Personas.roofer(), Personas.haulier(),
                Personas.strongFirmWithoutBackup(), Personas.everything(), Personas.nothing())) {
            Result result = full(sheet);
            assertThat(result.companies()).as("no member firm is verified yet").isEmpty();
            assertOnlyNeutralContacts(result);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static Result full(AnswerSheet sheet) {
        Questionnaire q = ShippedContent.digitalCheck();
        return Scorer.score(q, ShippedContent.contacts(), sheet.to(q, false));
    }

    private static Result quick(AnswerSheet sheet) {
        Questionnaire q = ShippedContent.quickCheck();
        return Scorer.score(q, ShippedContent.contacts(), sheet.to(q, true));
    }

    private static List<String> ids(Result result) {
        return result.recommendations().stream().map(Result.TriggeredRecommendation::id).toList();
    }

    private static List<String> contactIds(Result result) {
        return result.contacts().stream().map(Result.MatchedContact::id).toList();
    }

    private static Recommendation recommendation(String id) {
        return ShippedContent.digitalCheck().recommendation(id).orElseThrow();
    }

    /** Every German text of the triggered recommendations, joined, to look for words that do not fit. */
    private static String germanTexts(Result result) {
        return result.recommendations().stream().map(r -> recommendation(r.id()))
                .flatMap(r -> java.util.stream.Stream.of(r.title(), r.text(), r.firstStep(), r.benefit()))
                .filter(t -> t != null).map(t -> t.in("de")).collect(Collectors.joining("\n"));
    }

    /** Contacts are matched, all of them neutral institutions; firms are never ranked among them. */
    private static void assertOnlyNeutralContacts(Result result) {
        assertThat(result.contacts()).as(describe(result)).isNotEmpty();
        assertThat(result.contacts()).allSatisfy(c -> {
            Contact contact = ShippedContent.contact(c.id());
            assertThat(contact.neutral()).as(c.id()).isTrue();
            assertThat(contact.verified()).as(c.id()).isTrue();
        });
    }

    /** The whole result on a few lines, for assertion messages. */
    static String describe(Result r) {
        StringBuilder s = new StringBuilder("\n").append(r.questionnaire().id()).append(": ").append(r.overall().score())
                .append(' ').append(r.overall().level()).append(' ').append(r.overall().cappedBy()).append("\n  ");
        r.dimensions().forEach(d -> s.append(d.id()).append(' ').append(d.score()).append(' ').append(d.level())
                .append(d.cappedBy().isEmpty() ? "" : " " + d.cappedBy()).append("; "));
        s.append("\n  unknown: ").append(r.unknown());
        s.append("\n  plan: ").append(r.plan());
        s.append("\n  recommendations (").append(r.recommendations().size()).append("): ");
        r.recommendations().forEach(x -> s.append(x.id()).append('/').append(x.priority()).append(' '));
        s.append("\n  contacts: ");
        r.contacts().forEach(c -> s.append(c.id()).append('/').append(c.relevance()).append(' '));
        return s.append('\n').toString();
    }
}
