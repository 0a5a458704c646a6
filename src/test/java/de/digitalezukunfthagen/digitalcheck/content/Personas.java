package de.digitalezukunfthagen.digitalcheck.content;

/**
 * Hagen companies as a consultant meets them, each answering the Digital-Check the way such a firm
 * honestly would. Options are chosen by reading the YAML; the comments say why.
 */
final class Personas {
    private Personas() {
    }

    /** A roofer in Hagen with three people: paper-based, a simple old website, no backup concept, no MFA. */
    static AnswerSheet roofer() {
        return new AnswerSheet()
                .one("industry", "crafts")
                .number("employees", 3)
                .one("internet-connection", "dsl")
                .one("internet-satisfaction", "neutral")
                .many("obstacles", "time", "knowhow")
                // strategy: the owner does it in the evening, when at all
                .one("strategy-plan", "none")
                .one("strategy-responsible", "sideline")
                .one("strategy-budget", "none")
                .one("strategy-business-model", "none")
                .one("strategy-support", "none")
                // technology: quotes in Word, receipts in the folder for the tax adviser
                .one("einvoice-receive", "not-yet")
                .one("einvoice-send", "not-yet")
                .one("bookkeeping", "paper")
                .one("business-software", "none")
                .one("documents", "paper")
                .one("time-recording", "paper")
                .one("remote-access", "partly")
                .one("production-planning", "paper")
                // people: the apprentice is good with the phone, the rest muddles through
                .one("skills-level", "mixed")
                .one("training", "never")
                .one("involvement", "informed")
                .one("recruiting", "none")
                .one("collaboration", "some")
                // data: in heads, on notes, in the mailbox
                .one("data-storage", "scattered")
                .one("data-use", "annual")
                .one("data-quality", "partly")
                .one("data-protection", "basics")
                .one("data-sharing", "email")
                .one("production-data", "unknown")
                // automation: a folding machine without digital control, no AI
                .one("automation-routine", "none")
                .one("ai-use", "none")
                .one("ai-potential", "none")
                .one("production-automation", "manual")
                // green
                .one("energy-tracking", "bill")
                .one("paperless", "lot")
                .one("devices-lifecycle", "drawer")
                .one("travel-digital", "none")
                .one("production-efficiency", "unknown")
                // security: a USB stick now and then, the same password everywhere
                .one("sec-responsible", "none")
                .one("sec-backup", "manual")
                .one("sec-updates", "sometimes")
                .one("sec-mfa", "none")
                .one("sec-passwords", "shared")
                .one("sec-access", "partly")
                .one("sec-malware", "some")
                .one("sec-awareness", "none")
                .one("sec-emergency", "none")
                // customers: a simple website from years ago, work comes by word of mouth
                .one("website", "outdated")
                .one("findability", "partly")
                .one("online-contact", "email")
                .one("reviews", "reads")
                .one("ecommerce", "not-applicable")
                .one("customer-contact", "none");
    }

    /** A metalworking supplier with 40 people: ERP, some CNC automation, weak security awareness, no emergency plan. */
    static AnswerSheet manufacturer() {
        return new AnswerSheet()
                .one("industry", "manufacturing")
                .number("employees", 40)
                .one("internet-connection", "cable")
                .one("internet-satisfaction", "satisfied")
                .many("obstacles", "staff", "time")
                .one("strategy-plan", "ideas")
                .one("strategy-responsible", "named")
                .one("strategy-budget", "occasional")
                .one("strategy-business-model", "small")
                .one("strategy-support", "known")
                .one("einvoice-receive", "full")
                .one("einvoice-send", "prepared")
                .one("bookkeeping", "digital")
                .one("business-software", "integrated")
                .one("documents", "folders")
                .one("time-recording", "digital")
                .one("remote-access", "partly")
                .one("production-planning", "spreadsheets")
                .one("skills-level", "mixed")
                .one("training", "rarely")
                .one("involvement", "informed")
                .one("digital-champion", "informal")
                .one("recruiting", "website-social")
                .one("collaboration", "some")
                .one("data-storage", "central")
                .one("data-use", "monthly")
                .one("data-quality", "partly")
                .one("data-protection", "documented")
                .one("data-sharing", "email")
                .one("production-data", "manual")
                .one("automation-routine", "some")
                .one("ai-use", "individual")
                .one("ai-rules", "none")
                .one("ai-potential", "thought")
                .one("production-automation", "cnc")
                .one("energy-tracking", "meter")
                .one("paperless", "reduced")
                .one("devices-lifecycle", "disposal")
                .one("travel-digital", "sometimes")
                .one("sustainability-data", "some")
                .one("production-efficiency", "some")
                // an IT service provider looks after the systems; nobody has talked to the staff about phishing
                .one("sec-responsible", "named")
                .one("sec-backup", "auto")
                .one("sec-updates", "automatic")
                .one("sec-mfa", "some")
                .one("sec-passwords", "mixed")
                .one("sec-access", "partly")
                .one("sec-malware", "all")
                .one("sec-awareness", "none")
                .one("sec-emergency", "none")
                .one("website", "outdated")
                .one("findability", "good")
                .one("online-contact", "email")
                .one("reviews", "none")
                .one("ecommerce", "not-applicable")
                .one("customer-contact", "occasional");
    }

    /** An engineering and IT service firm with 150 people: mostly advanced, security good but not yet practised. */
    static AnswerSheet serviceCompany() {
        return new AnswerSheet()
                .one("industry", "services")
                .number("employees", 150)
                .one("internet-connection", "fibre")
                .one("internet-satisfaction", "very-satisfied")
                .many("obstacles", "staff")
                .one("strategy-plan", "written")
                .one("strategy-responsible", "named")
                .one("strategy-budget", "yearly")
                .one("strategy-business-model", "small")
                .one("strategy-support", "occasional")
                .one("einvoice-receive", "full")
                .one("einvoice-send", "prepared")
                .one("bookkeeping", "digital")
                .one("business-software", "integrated")
                .one("documents", "structured")
                .one("time-recording", "digital")
                .one("remote-access", "full")
                .one("skills-level", "confident")
                .one("training", "yearly")
                .one("involvement", "informed")
                .one("digital-champion", "named")
                .one("recruiting", "website-social")
                .one("collaboration", "everyday")
                .one("data-storage", "central")
                .one("data-use", "monthly")
                .one("data-quality", "partly")
                .one("data-protection", "documented")
                .one("data-sharing", "portals")
                .one("automation-routine", "some")
                .one("ai-use", "regular")
                .one("ai-rules", "informal")
                .one("ai-potential", "thought")
                // rented offices: energy is part of the service charge
                .one("energy-tracking", "unknown")
                .one("paperless", "little")
                .one("devices-lifecycle", "circular")
                .one("travel-digital", "sometimes")
                .one("sustainability-data", "some")
                .one("sec-responsible", "named")
                .one("sec-backup", "auto")
                .one("sec-updates", "automatic")
                .one("sec-mfa", "some")
                .one("sec-passwords", "manager")
                .one("sec-access", "full")
                .one("sec-malware", "all")
                .one("sec-awareness", "informal")
                .one("sec-emergency", "partly")
                .one("website", "maintained")
                .one("findability", "good")
                .one("online-contact", "online")
                .one("reviews", "responds")
                .one("ecommerce", "not-applicable")
                .one("customer-contact", "occasional");
    }

    /** A manufacturer with 60 people that has done everything: the best option everywhere. */
    static AnswerSheet everything() {
        return new AnswerSheet()
                .one("industry", "manufacturing")
                .number("employees", 60)
                .one("internet-connection", "fibre")
                .one("internet-satisfaction", "very-satisfied")
                .many("obstacles", "none")
                .everywhere(ShippedContent.digitalCheck(), true);
    }

    /** A manufacturer with 12 people that has done nothing: the worst option everywhere. */
    static AnswerSheet nothing() {
        return new AnswerSheet()
                .one("industry", "manufacturing")
                .number("employees", 12)
                .one("internet-connection", "dsl")
                .one("internet-satisfaction", "neutral")
                .many("obstacles", "time", "money", "knowhow")
                .everywhere(ShippedContent.digitalCheck(), false);
    }
}
