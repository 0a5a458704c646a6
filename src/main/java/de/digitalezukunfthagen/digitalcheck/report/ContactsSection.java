package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Contact;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * The matched neutral contacts in the engine's order: what they offer, why they were matched (the
 * titles of the recommendations that brought them in), how to reach them, and a discreet note where
 * an entry is not yet confirmed. Then, apart and under a heading that says they are examples, the
 * confirmed firms of the initiative that match; and the questionnaire's closing words.
 */
final class ContactsSection implements Section {
    static final String TAG = "contacts";
    /** How many of the recommendations that brought a contact in are named (the most urgent first). */
    static final int REASONS = 3;
    /** Below this much room (about eight lines) a card that does not fit starts on the next page. */
    static final float SPLIT_ABOVE = 110;

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        ctx.tagging().part();
        List<PdfPTable> cards = new ArrayList<>();
        for (Result.MatchedContact m : ctx.result().contacts()) {
            cards.add(card(ctx, m.id(), m.because()));
        }
        Blocks.heading(ctx, TAG, ctx.msg("contacts.title"), cards.isEmpty() ? 30
                : Blocks.paragraphHeight(ctx, ctx.msg("contacts.intro"), Style.BODY) + 4 + Math.min(Blocks.height(cards.get(0)), SPLIT_ABOVE));
        if (cards.isEmpty()) {
            ctx.add(Blocks.paragraph(ctx.msg("contacts.none"), Style.BODY));
        } else {
            ctx.add(Blocks.paragraph(ctx.msg("contacts.intro"), Style.BODY));
            for (PdfPTable card : cards) {
                add(ctx, card);
            }
        }
        companies(ctx);
        String outro = ctx.text(ctx.questionnaire().outro());
        if (!outro.isEmpty()) {
            Blocks.subheading(ctx, ctx.msg("closing.title"), Blocks.paragraphHeight(ctx, outro, Style.BODY));
            ctx.add(Blocks.paragraph(outro, Style.BODY));
        }
    }

    /**
     * Adds a card; one that does not fit goes on over the page when at least {@link #SPLIT_ABOVE}
     * points are left, instead of leaving that much of the page empty.
     */
    private static void add(ReportContext ctx, PdfPTable card) throws DocumentException {
        if (Blocks.height(card) > ctx.remaining() && ctx.remaining() >= SPLIT_ABOVE) {
            card.setKeepTogether(false);
            card.setSplitLate(false);
        }
        ctx.add(card);
    }

    /** The initiative's confirmed firms that match: examples, listed by name, never ranked as advice. */
    private static void companies(ReportContext ctx) throws DocumentException {
        List<Result.MatchedCompany> companies = ctx.result().companies();
        if (companies.isEmpty()) {
            return;
        }
        List<PdfPTable> cards = new ArrayList<>();
        for (Result.MatchedCompany m : companies) {
            cards.add(card(ctx, m.id(), m.because()));
        }
        String intro = ctx.msg("contacts.companies.intro");
        Blocks.subheading(ctx, ctx.msg("contacts.companies"), Blocks.paragraphHeight(ctx, intro, Style.BODY_MUTED) + Blocks.height(cards.get(0)));
        ctx.add(Blocks.paragraph(intro, Style.BODY_MUTED));
        for (PdfPTable card : cards) {
            add(ctx, card);
        }
    }

    private static PdfPTable card(ReportContext ctx, String id, List<String> matchedBecause) {
        Contact contact = ctx.contact(id);
        List<Element> parts = new ArrayList<>();
        parts.add(Blocks.inCell(ctx.text(contact.name()), Style.H3, 0));
        parts.add(Blocks.inCell(ctx.msg("kind." + contact.kind()), Style.SMALL, 4));
        if (contact.description() != null) {
            parts.add(Blocks.inCell(ctx.text(contact.description()), Style.BODY, 3));
        }
        List<String> because = matchedBecause.stream().limit(REASONS).map(r -> ctx.text(ctx.recommendation(r).title())).toList();
        String reasons = String.join("; ", because);
        if (matchedBecause.size() > REASONS) {
            reasons += " " + ctx.msg("contacts.more", String.valueOf(matchedBecause.size() - REASONS));
        }
        parts.add(Blocks.labelled(ctx.msg("contacts.because"), reasons, 3));
        List<String> reach = new ArrayList<>();
        if (contact.address() != null) {
            reach.add(ctx.text(contact.address()));
        }
        if (contact.person() != null) {
            reach.add(Style.printable(contact.person()));
        }
        if (contact.phone() != null) {
            reach.add(Style.printable(contact.phone()));
        }
        if (contact.email() != null) {
            reach.add(Style.printable(contact.email()));
        }
        if (!reach.isEmpty()) {
            parts.add(Blocks.inCell(String.join(" · ", reach), Style.BODY, 2));
        }
        if (contact.website() != null) {
            Paragraph web = new Paragraph("", Style.BODY);
            web.setLeading(Style.BODY.getSize() * 1.38f);
            web.add(Blocks.link(display(contact.website()), contact.website()));
            web.setSpacingAfter(2);
            parts.add(web);
        }
        if (!contact.verified()) {
            Paragraph note = new Paragraph(new Chunk(ctx.msg("contacts.unverified"), Style.SMALL));
            note.setLeading(11);
            parts.add(note);
        }
        return Blocks.card(ctx, parts, contact.neutral() ? Style.ACCENT : Style.ACCENT_SOFT);
    }

    /** The host of a website as people say it: www.bsi.bund.de for https://www.bsi.bund.de/EN/Themen/... */
    static String host(String url) {
        return display(url).replaceFirst("/.*$", "");
    }

    /** The website without its scheme, as people write it: www.sihk.de. */
    static String display(String url) {
        return url.replaceFirst("^https?://", "").replaceFirst("/$", "");
    }
}
