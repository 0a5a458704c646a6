package de.digitalezukunfthagen.digitalcheck.report;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionnaireLoader;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small questionnaire for the report tests: four dimensions (one weighted 2), single, multi,
 * banded number, text, a show_if question, an na option, recommendations of every horizon with and
 * without first step, benefit and links, and contacts of which one is not confirmed.
 */
final class ReportFixture {
    static final String QUESTIONNAIRE = """
            id: mini-check
            version: 3
            language: de
            title: {de: "Digital-Check Hagen", en: "Digital Check Hagen"}
            levels:
              - id: beginner
                min: 0
                title: {de: "Einsteiger", en: "Beginner"}
                description: {de: "Die Grundlagen fehlen noch; wenige gezielte Schritte bringen hier am meisten.", en: "The basics are still missing; a few targeted steps bring the most here."}
              - id: explorer
                min: 25
                title: {de: "Entdecker", en: "Explorer"}
                description: {de: "Erste Lösungen sind im Einsatz, aber noch nicht verbunden und nicht abgesichert.", en: "First solutions are in use but not yet connected or protected."}
              - id: advanced
                min: 50
                title: {de: "Fortgeschritten", en: "Advanced"}
                description: {de: "Die wichtigen Abläufe sind digital; jetzt geht es um Verlässlichkeit und Daten.", en: "The important processes are digital; now it is about reliability and data."}
              - id: leader
                min: 75
                title: {de: "Vorreiter", en: "Leader"}
                description: {de: "Digitalisierung ist Teil der Führung; andere können von Ihnen lernen.", en: "Digitalisation is part of management; others can learn from you."}
            profile:
              - id: industry
                type: single
                text: {de: "In welcher Branche ist Ihr Unternehmen tätig?", en: "Which industry is your company in?"}
                options:
                  - {id: crafts, label: {de: "Handwerk", en: "Crafts"}}
                  - {id: industry, label: {de: "Industrie", en: "Manufacturing"}}
                  - {id: services, label: {de: "Dienstleistung", en: "Services"}}
              - id: employees
                type: number
                text: {de: "Wie viele Menschen arbeiten in Ihrem Unternehmen?", en: "How many people work in your company?"}
                min: 1
                max: 100000
                unit: {de: "Beschäftigte", en: "employees"}
            dimensions:
              - id: strategy
                title: {de: "Strategie & Führung", en: "Strategy & leadership"}
                description: {de: "Wie bewusst das Unternehmen Digitalisierung plant und steuert.", en: "How deliberately the company plans and steers digitalisation."}
                questions:
                  - id: plan
                    type: single
                    text: {de: "Gibt es einen schriftlichen Plan für die Digitalisierung?", en: "Is there a written plan for digitalisation?"}
                    options:
                      - {id: none, label: {de: "Nein", en: "No"}, points: 0}
                      - {id: ideas, label: {de: "Ideen, aber nichts Schriftliches", en: "Ideas but nothing written"}, points: 1}
                      - {id: written, label: {de: "Ja, mit Zielen und Zuständigkeiten", en: "Yes, with goals and owners"}, points: 3}
                  - id: budget
                    type: number
                    text: {de: "Welcher Anteil des Umsatzes fließt in IT und Digitalisierung?", en: "What share of revenue goes into IT and digitalisation?"}
                    min: 0
                    max: 100
                    unit: {de: "%", en: "%"}
                    bands: [{min: 0, points: 0}, {min: 1, points: 1}, {min: 3, points: 2}]
              - id: security
                title: {de: "IT-Sicherheit", en: "IT security"}
                weight: 2
                questions:
                  - id: backups
                    type: single
                    weight: 2
                    text: {de: "Wie sichern Sie Ihre Daten?", en: "How do you back up your data?"}
                    options:
                      - {id: none, label: {de: "Gar nicht", en: "Not at all"}, points: 0}
                      - {id: manual, label: {de: "Manuell, unregelmäßig", en: "Manually, irregularly"}, points: 1}
                      - {id: auto, label: {de: "Automatisch, täglich, mit Kopie außer Haus", en: "Automatically, daily, with an off-site copy"}, points: 3}
                      - {id: unknown, label: {de: "Weiß nicht", en: "Don't know"}, na: true}
                  - id: measures
                    type: multi
                    text: {de: "Welche Schutzmaßnahmen nutzen Sie?", en: "Which protective measures do you use?"}
                    options:
                      - {id: mfa, label: {de: "Zwei-Faktor-Anmeldung", en: "Two-factor sign-in"}}
                      - {id: updates, label: {de: "Automatische Updates", en: "Automatic updates"}}
                      - {id: training, label: {de: "Schulung der Mitarbeitenden", en: "Staff training"}}
                      - {id: nothing, label: {de: "Nichts davon", en: "None of these"}, exclusive: true}
                  - id: restore-test
                    type: single
                    show_if: {answer: backups, is: auto}
                    text: {de: "Haben Sie die Wiederherstellung schon einmal getestet?", en: "Have you ever tested restoring a backup?"}
                    options:
                      - {id: not-yet, label: {de: "Nein", en: "No"}}
                      - {id: tested, label: {de: "Ja", en: "Yes"}}
              - id: data
                title: {de: "Daten & Prozesse", en: "Data & processes"}
                questions:
                  - id: invoices
                    type: single
                    text: {de: "Wie schreiben Sie Rechnungen?", en: "How do you write invoices?"}
                    options:
                      - {id: paper, label: {de: "Auf Papier", en: "On paper"}}
                      - {id: office, label: {de: "Mit Word oder Excel", en: "With Word or Excel"}}
                      - {id: software, label: {de: "Mit einer Software (E-Rechnung)", en: "With software (e-invoicing)"}}
                      - {id: na, label: {de: "Trifft nicht zu", en: "Does not apply"}, na: true}
              - id: skills
                title: {de: "Kompetenzen & Kultur", en: "Skills & culture"}
                questions:
                  - id: training-days
                    type: single
                    text: {de: "Wie oft lernen Mitarbeitende Neues über digitale Werkzeuge?", en: "How often do staff learn about digital tools?"}
                    options:
                      - {id: never, label: {de: "Nie", en: "Never"}}
                      - {id: sometimes, label: {de: "Gelegentlich", en: "Sometimes"}}
                      - {id: regular, label: {de: "Regelmäßig", en: "Regularly"}}
                  - id: notes
                    type: text
                    text: {de: "Was möchten Sie uns noch mitteilen?", en: "Anything else you would like to tell us?"}
            recommendations:
              - id: backup-concept
                dimension: security
                when: {answer: backups, in: [none, manual]}
                priority: 1
                horizon: quick-win
                topics: [it-security, backup]
                title: {de: "Datensicherung nach der 3-2-1-Regel einführen", en: "Introduce backups following the 3-2-1 rule"}
                first_step: {de: "Listen Sie diese Woche auf, wo Ihre wichtigen Daten liegen.", en: "This week, list where your important data is kept."}
                text: {de: "Drei Kopien, zwei Medien, eine außer Haus. Richten Sie eine automatische tägliche Sicherung ein und prüfen Sie sie monatlich.", en: "Three copies, two media, one off site. Set up an automatic daily backup and check it monthly."}
                benefit: {de: "Ein Ausfall oder Verschlüsselungsangriff kostet dann Stunden statt Wochen.", en: "An outage or ransomware attack then costs hours instead of weeks."}
                links:
                  - {title: {de: "BSI-Tipps zur Datensicherung", en: "BSI backup advice"}, url: https://www.bsi.bund.de}
              - id: mfa
                dimension: security
                when: {not: {answer: measures, is: mfa}}
                priority: 1
                horizon: quick-win
                topics: [it-security]
                title: {de: "Zwei-Faktor-Anmeldung für E-Mail und Konten", en: "Two-factor sign-in for e-mail and accounts"}
                first_step: {de: "Schalten Sie die Zwei-Faktor-Anmeldung für das E-Mail-Konto der Geschäftsführung ein.", en: "Switch on two-factor sign-in for the management's e-mail account."}
                text: {de: "Danach folgen alle Konten mit Zugriff auf Kunden- oder Bankdaten.", en: "Then all accounts with access to customer or bank data follow."}
              - id: digital-plan
                dimension: strategy
                when: {dimension: strategy, below: 50}
                priority: 2
                horizon: months
                topics: [strategy, funding]
                title: {de: "Einen einfachen Digitalisierungsplan schreiben", en: "Write a simple digitalisation plan"}
                first_step: {de: "Notieren Sie die drei Abläufe, die am meisten Zeit kosten.", en: "Write down the three processes that cost the most time."}
                text: {de: "Eine Seite genügt, mit Zielen, Zuständigen und einem Budget für die nächsten zwölf Monate.", en: "One page is enough, with goals, owners and a budget for the next twelve months."}
                benefit: {de: "Investitionen folgen einem Ziel statt dem nächsten Angebot.", en: "Investments follow a goal instead of the next offer."}
              - id: e-invoice
                dimension: data
                when: {answer: invoices, in: [paper, office]}
                priority: 2
                horizon: months
                topics: [processes, e-invoicing]
                title: {de: "Auf E-Rechnung umstellen", en: "Switch to e-invoicing"}
                text: {de: "Seit 2025 müssen Unternehmen E-Rechnungen empfangen können. Wählen Sie eine Software, die XRechnung und ZUGFeRD beherrscht.", en: "Since 2025 companies must be able to receive e-invoices. Choose software that handles XRechnung and ZUGFeRD."}
              - id: learning-time
                dimension: skills
                when: {answer: training-days, in: [never, sometimes]}
                priority: 3
                horizon: year
                topics: [skills]
                title: {de: "Feste Lernzeit für digitale Werkzeuge einplanen", en: "Schedule regular learning time for digital tools"}
                text: {de: "Zwei Stunden im Monat pro Person reichen für den Anfang.", en: "Two hours a month per person are enough to start."}
              - id: keep-going
                dimension: strategy
                when: {dimension: overall, at_least: 75}
                priority: 3
                horizon: year
                topics: [network]
                title: {de: "Erfahrungen im Netzwerk teilen", en: "Share your experience in the network"}
                text: {de: "Berichten Sie anderen Hagener Unternehmen, was bei Ihnen funktioniert hat.", en: "Tell other Hagen companies what worked for you."}
            """;

    static final String CONTACTS = """
            contacts:
              - id: sihk-hagen
                name: Südwestfälische Industrie- und Handelskammer zu Hagen (SIHK)
                kind: chamber
                topics: [funding, strategy, skills]
                description: {de: "Beratung für Mitgliedsunternehmen, Fördermittel-Lotsen und Weiterbildung.", en: "Advice for member companies, funding guidance and training."}
                website: https://www.sihk.de
              - id: transferstelle
                name: Transferstelle Cybersicherheit im Mittelstand
                kind: programme
                topics: [it-security]
                description: {de: "Kostenlose Informationen und Schulungen zur IT-Sicherheit für kleine und mittlere Unternehmen.", en: "Free information and training on IT security for small and medium-sized companies."}
                website: https://www.transferstelle-cybersicherheit.de
              - id: pcm
                name: pcm GmbH
                kind: company
                topics: [it-security, backup, processes]
                description: {de: "IT-Dienstleistungen für Unternehmen in Hagen-Kabel.", en: "IT services for companies in Hagen-Kabel."}
                website: https://www.pcm-gmbh.com
                verified: false
                note: Leistungsumfang nicht bestätigt.
              - id: unternehmerrat
                name: Unternehmer Rat Hagen
                kind: network
                topics: [network]
                description: {de: "Zusammenschluss Hagener Unternehmerinnen und Unternehmer.", en: "Association of Hagen business owners."}
                website: https://www.unternehmerrat-hagen.de
            """;

    /** A company at the start: low scores, five recommendations, three contacts. */
    static final String WEAK = """
            {"questionnaire": "mini-check", "answers": {"industry": "crafts", "employees": 7, "plan": "none",
             "budget": 0.5, "backups": "manual", "restore-test": "tested", "measures": ["updates"],
             "invoices": "office", "training-days": "never", "notes": "Wir wollen 2027 eine neue Halle bauen."}}
            """;

    /** A company well on its way: high but not perfect scores. */
    static final String STRONG = """
            {"questionnaire": "mini-check", "version": 3, "answers": {"industry": "industry", "employees": 1250,
             "plan": "written", "budget": 4.5, "backups": "auto", "restore-test": "not-yet",
             "measures": ["mfa", "updates", "training"], "invoices": "software", "training-days": "sometimes"}}
            """;

    /** IT security without a scorable answer (don't know, and the multi question left open): not assessed. */
    static final String UNASSESSED = """
            {"questionnaire": "mini-check", "answers": {"industry": "services", "plan": "ideas", "budget": 2,
             "backups": "unknown", "invoices": "na", "training-days": "regular"}}
            """;

    private ReportFixture() {
    }

    static Path write(Path dir) throws IOException {
        Files.writeString(dir.resolve("mini-check.yaml"), QUESTIONNAIRE);
        Files.writeString(dir.resolve("contacts.yaml"), CONTACTS);
        return dir;
    }

    static Catalog catalog(Path dir) throws Exception {
        return QuestionnaireLoader.loadDirectory(write(dir));
    }

    static AnswersJson.Document answers(Catalog catalog, String json) throws IOException {
        AnswersJson.Document document = AnswersJson.read(catalog, Json.mapper().readTree(json));
        if (!document.valid()) {
            throw new IllegalArgumentException("fixture answers invalid: " + document.problems());
        }
        return document;
    }
}
