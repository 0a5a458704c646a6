package de.digitalezukunfthagen.digitalcheck.content;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Contact;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Recommendation;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Hagen companies (see {@link Personas}) answer both checks, and their results must read as sensible
 * advice to a consultant: the level fits the firm, the weak and strong areas are the expected ones,
 * the advice that matters is there and advice that does not fit is not, and the contacts start with a
 * neutral institution.
 */
class PersonasTest {
    /** The advice a firm gets once it is far ahead in a dimension. */
    private static final List<String> ADVICE_FOR_LEADERS = List.of("strategy-roadmap", "technology-review",
            "learning-organisation", "data-driven-business", "automation-next-level", "green-leadership",
            "security-excellence", "customer-experience");

    // ------------------------------------------------------------------ the personas

    @Nested
    class ARooferWithThreePeople {
        private final Result full = full(Personas.roofer());
        private final Result quick = quick(Personas.roofer());

        @Test
        void isAtTheStartInEveryArea() {
            assertThat(full.overall().level()).as(describe(full)).isEqualTo("starter");
            assertThat(full.dimensions()).allSatisfy(d -> assertThat(d.level()).as(d.id()).isIn("starter", "developing"));
            assertThat(weakest(full)).containsExactlyInAnyOrder("automation", "green");
            assertThat(strongest(full)).containsExactlyInAnyOrder("data", "customers");
            assertThat(quick.overall().level()).isEqualTo("starter");
        }

        @Test
        void isToldFirstToReceiveEInvoicesBackUpAndSwitchOnTwoStepLogin() {
            assertThat(ids(full)).as(describe(full)).startsWith("receive-e-invoices", "backup-3-2-1", "enable-mfa")
                    .contains("install-updates", "malware-protection", "send-e-invoices", "digital-bookkeeping",
                            "connect-business-software", "renew-website", "cyber-risk-check", "emergency-plan");
            assertThat(ids(quick)).contains("receive-e-invoices", "backup-3-2-1", "enable-mfa", "cyber-risk-check");
        }

        @Test
        void isNotToldWhatDoesNotFitARooferWithoutSoftware() {
            assertThat(ids(full)).as(describe(full)).doesNotContain(
                    "connect-machines", // the folding machine is hand work in a crafts business
                    "name-digital-champion", // not asked below five people
                    "use-production-data", // answered "does not apply"
                    "create-website", // there is one, it is just old
                    "automate-one-routine", "digital-production-planning", // first a business software
                    "online-booking-enquiries", // first an up-to-date website
                    "security-funding", "security-management", // the CyberRisikoCheck advice covers a firm this size
                    "record-environmental-data"); // not asked of a three-person crafts business
        }

        @Test
        void seesTheHandwerkskammerDortmundAndNotTheSihk() {
            assertThat(contactIds(full)).as(describe(full)).contains("hwk-dortmund", "bsi-cyberrisikocheck")
                    .doesNotContain("sihk-hagen");
            assertThat(contactIds(quick)).contains("hwk-dortmund").doesNotContain("sihk-hagen");
            assertNeutralFirst(full);
            assertNeutralFirst(quick);
        }

        @Test
        void hasAnsweredEveryQuestionItIsShown() {
            assertThat(full.missing()).isEmpty();
            assertThat(full.complete()).isTrue();
            assertThat(quick.complete()).isTrue();
            assertThat(full.dimension("people").counted()).as("no go-to-person question below five people").isEqualTo(5);
        }

        @Test
        void leavingOutOneAnswerMakesTheResultIncomplete() {
            Result partial = full(Personas.roofer().without("sec-mfa").without("internet-satisfaction"));
            assertThat(partial.missing()).as("only required questions count").containsExactly("sec-mfa");
            assertThat(partial.complete()).isFalse();
        }
    }

    @Nested
    class AManufacturerWithFortyPeople {
        private final Result full = full(Personas.manufacturer());
        private final Result quick = quick(Personas.manufacturer());

        @Test
        void isOnTheWayWithTechnologyStrongestAndAutomationWeakest() {
            assertThat(full.overall().level()).as(describe(full)).isEqualTo("developing");
            assertThat(strongest(full)).containsExactly("technology");
            assertThat(weakest(full)).containsExactly("automation");
            assertThat(full.dimension("security").level()).isEqualTo("advanced");
        }

        @Test
        void isToldToTrainStaffAgainstPhishingAndWriteAnEmergencyPlan() {
            assertThat(ids(full)).as(describe(full)).startsWith("enable-mfa")
                    .contains("security-awareness", "emergency-plan", "test-restore", "cyber-risk-check",
                            "send-e-invoices", "digital-production-planning", "connect-machines",
                            "ai-rules-and-literacy", "name-digital-champion", "use-production-data");
            assertThat(ids(full)).doesNotContain("receive-e-invoices", "backup-3-2-1", "security-management",
                    "security-funding", "sell-online", "connect-business-software", "create-website");
            assertThat(ids(quick)).contains("enable-mfa", "cyber-risk-check");
        }

        @Test
        void seesTheSihkAndTheCyberRisikoCheckButNotTheCraftsChamber() {
            assertThat(contactIds(full)).as(describe(full))
                    .contains("sihk-hagen", "hawe-hagen", "bsi-cyberrisikocheck")
                    .doesNotContain("hwk-dortmund", "kh-dortmund-hagen-luenen");
            assertNeutralFirst(full);
            assertNeutralFirst(quick);
            assertThat(full.complete()).isTrue();
            assertThat(quick.complete()).isTrue();
        }
    }

    @Nested
    class AServiceCompanyWithOneHundredFiftyPeople {
        private final Result full = full(Personas.serviceCompany());
        private final Result quick = quick(Personas.serviceCompany());

        @Test
        void isAdvancedWithCustomersStrongestAndAutomationWeakest() {
            assertThat(full.overall().level()).as(describe(full)).isEqualTo("advanced");
            assertThat(strongest(full)).containsExactly("customers");
            assertThat(weakest(full)).containsExactly("automation");
            assertThat(quick.overall().level()).isEqualTo("advanced");
        }

        @Test
        void doesNotGetTheCyberRisikoCheckWhichIsMeantForFirmsUnderFifty() {
            assertThat(full.dimension("security").score()).as("security is not the reason").isLessThan(new BigDecimal(76));
            assertThat(ids(full)).as(describe(full)).doesNotContain("cyber-risk-check").contains("security-management");
            assertThat(ids(quick)).doesNotContain("cyber-risk-check");
            assertThat(contactIds(full)).doesNotContain("bsi-cyberrisikocheck");
            assertThat(contactIds(quick)).doesNotContain("bsi-cyberrisikocheck");
        }

        @Test
        void getsAdviceForTheNextStepNotForBeginners() {
            assertThat(ids(full)).as(describe(full)).contains("technology-review", "customer-experience",
                    "emergency-plan", "security-awareness", "ai-rules-and-literacy");
            assertThat(ids(full)).doesNotContain("set-digital-goals", "use-free-advice", "create-website",
                    "connect-business-software", "strengthen-basic-skills", "backup-3-2-1");
            assertNeutralFirst(full);
            assertNeutralFirst(quick);
        }

        @Test
        void isNotAskedAboutProductionAndIsStillComplete() {
            Evaluation evaluation = Scorer.evaluate(ShippedContent.digitalCheck(), ShippedContent.contacts(),
                    Personas.serviceCompany().to(ShippedContent.digitalCheck(), false));
            assertThat(evaluation.visible()).doesNotContain("production-planning", "production-data",
                    "production-automation", "production-efficiency");
            assertThat(evaluation.result().complete()).isTrue();
        }
    }

    @Nested
    class AFirmThatHasDoneEverything {
        private final Result full = full(Personas.everything());
        private final Result quick = quick(Personas.everything());

        @Test
        void leadsInEveryArea() {
            assertThat(full.overall().score()).isEqualByComparingTo("100");
            assertThat(full.overall().level()).isEqualTo("leader");
            assertThat(full.dimensions()).allSatisfy(d -> assertThat(d.level()).as(d.id()).isEqualTo("leader"));
            assertThat(quick.overall().level()).isEqualTo("leader");
            assertThat(quick.dimensions()).allSatisfy(d -> assertThat(d.level()).as(d.id()).isEqualTo("leader"));
        }

        @Test
        void getsAdviceForLeadersAndNothingUrgent() {
            assertThat(ids(full)).as(describe(full)).containsAll(ADVICE_FOR_LEADERS);
            assertThat(full.recommendations()).allSatisfy(r -> assertThat(r.priority()).as(r.id()).isGreaterThan(1));
            assertThat(ids(quick)).containsExactly("take-full-check");
        }

        @Test
        void isPointedToNeutralHelpForItsNextProjects() {
            assertThat(contactIds(full)).as(describe(full)).contains("mittelstand-digital", "mid-digitalisierung");
            assertNeutralFirst(full);
            assertNeutralFirst(quick);
            assertThat(full.complete()).isTrue();
            assertThat(quick.complete()).isTrue();
        }
    }

    @Nested
    class AFirmThatHasDoneNothing {
        private final Result full = full(Personas.nothing());
        private final Result quick = quick(Personas.nothing());

        @Test
        void isAtTheStartInEveryArea() {
            assertThat(full.overall().score()).isEqualByComparingTo("0");
            assertThat(full.dimensions()).allSatisfy(d -> {
                assertThat(d.level()).as(d.id()).isEqualTo("starter");
                assertThat(d.counted()).as(d.id()).isGreaterThanOrEqualTo(4);
            });
            assertThat(quick.dimensions()).allSatisfy(d -> assertThat(d.level()).as(d.id()).isEqualTo("starter"));
        }

        @Test
        void getsTheLegalDutyAndTheSecurityBasicsAsTheOnlyUrgentAdvice() {
            assertThat(full.recommendations().stream().filter(r -> r.priority() == 1).map(Result.TriggeredRecommendation::id))
                    .as(describe(full))
                    .containsExactly("receive-e-invoices", "backup-3-2-1", "enable-mfa", "install-updates", "malware-protection");
            assertThat(ids(quick)).contains("receive-e-invoices", "backup-3-2-1", "enable-mfa", "use-free-advice")
                    .doesNotContain("take-full-check");
        }

        @Test
        void getsFoundationsBeforeTheStepsThatBuildOnThem() {
            assertThat(ids(full)).as(describe(full)).contains("set-digital-goals", "name-digital-lead", "use-free-advice",
                    "connect-business-software", "digital-filing", "strengthen-basic-skills", "create-website",
                    "improve-findability", "make-energy-visible", "use-production-data", "cyber-risk-check");
            assertThat(ids(full)).doesNotContain(
                    "plan-digital-budget", // goals first
                    "automate-one-routine", "digital-production-planning", "centralise-data", "remove-double-entry",
                    "secure-remote-access", // a business software and data in one place first
                    "connect-machines", // digital planning first
                    "plan-training", // the basic-skills advice plans the training
                    "name-digital-champion", // a digital lead first
                    "recruit-online", "online-booking-enquiries", "sell-online", // a website first
                    "manage-reviews", // a business listing first
                    "reduce-paper", // the digital filing advice does it
                    "record-environmental-data", "production-resource-efficiency", // measuring first
                    "security-funding"); // the CyberRisikoCheck advice names the funding
        }

        @Test
        void getsAListThatDoesNotOverwhelmOrRepeatItself() {
            assertThat(full.recommendations()).as(describe(full)).hasSizeLessThanOrEqualTo(35);
            List<String> titles = full.recommendations().stream()
                    .map(r -> recommendation(r.id()).title().in("de")).toList();
            assertThat(titles).doesNotHaveDuplicates();
            assertThat(full.recommendations().stream().collect(Collectors.groupingBy(
                    Result.TriggeredRecommendation::dimension, Collectors.counting())))
                    .allSatisfy((dimension, count) -> assertThat(count).as(dimension).isLessThanOrEqualTo(10));
        }

        @Test
        void isPointedToNeutralInstitutionsOnly() {
            assertThat(full.contacts()).hasSize(5);
            assertThat(full.contacts()).allSatisfy(c -> assertThat(ShippedContent.contact(c.id()).neutral()).as(c.id()).isTrue());
            assertThat(contactIds(full)).contains("mittelstand-digital", "hawe-hagen", "transferstelle-cybersicherheit");
            assertNeutralFirst(quick);
            assertThat(full.complete()).isTrue();
        }
    }

    // ------------------------------------------------------------------ across the personas

    @Test
    void theQuickCheckLandsNearTheFullCheckForEveryPersona() {
        for (AnswerSheet sheet : List.of(Personas.roofer(), Personas.manufacturer(), Personas.serviceCompany(),
                Personas.everything(), Personas.nothing())) {
            BigDecimal full = full(sheet).overall().score();
            BigDecimal quick = quick(sheet).overall().score();
            assertThat(full.subtract(quick).abs()).as("full " + full + ", quick " + quick).isLessThanOrEqualTo(BigDecimal.TEN);
        }
    }

    @Test
    void aOnePersonServiceFirmIsNotAskedAboutProductionStaffOrCarbonData() {
        AnswerSheet consultant = new AnswerSheet().one("industry", "services").number("employees", 1);
        Evaluation evaluation = Scorer.evaluate(ShippedContent.digitalCheck(), ShippedContent.contacts(),
                consultant.to(ShippedContent.digitalCheck(), false));
        assertThat(evaluation.visible()).doesNotContain("production-planning", "production-data", "production-automation",
                "production-efficiency", "time-recording", "involvement", "digital-champion", "collaboration",
                "sec-access", "sustainability-data");
        assertThat(evaluation.visible()).contains("sec-backup", "website", "bookkeeping", "recruiting");
        assertThat(evaluation.result().missing()).doesNotContain("time-recording", "production-planning")
                .contains("sec-backup");
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

    /** Contacts are matched, and a neutral institution comes before any member firm. */
    private static void assertNeutralFirst(Result result) {
        assertThat(result.contacts()).as(describe(result)).isNotEmpty();
        Contact first = ShippedContent.contact(result.contacts().get(0).id());
        assertThat(first.neutral()).as("first contact " + first.id()).isTrue();
    }

    private static Set<String> weakest(Result result) {
        return extreme(result, Comparator.<BigDecimal>naturalOrder());
    }

    private static Set<String> strongest(Result result) {
        return extreme(result, Comparator.<BigDecimal>reverseOrder());
    }

    private static Set<String> extreme(Result result, Comparator<BigDecimal> order) {
        BigDecimal best = result.dimensions().stream().map(Result.DimensionScore::score)
                .filter(s -> s != null).min(order).orElseThrow();
        return result.dimensions().stream().filter(d -> d.score() != null && d.score().compareTo(best) == 0)
                .map(Result.DimensionScore::id).collect(Collectors.toSet());
    }

    /** The whole result on a few lines, for assertion messages. */
    static String describe(Result r) {
        StringBuilder s = new StringBuilder("\n").append(r.questionnaire().id()).append(": ").append(r.overall().score())
                .append(' ').append(r.overall().level()).append("\n  ");
        r.dimensions().forEach(d -> s.append(d.id()).append(' ').append(d.score()).append(' ').append(d.level()).append("; "));
        s.append("\n  recommendations (").append(r.recommendations().size()).append("): ");
        r.recommendations().forEach(x -> s.append(x.id()).append('/').append(x.priority()).append(' '));
        s.append("\n  contacts: ");
        r.contacts().forEach(c -> s.append(c.id()).append('/').append(c.relevance()).append(' '));
        return s.append('\n').toString();
    }
}
