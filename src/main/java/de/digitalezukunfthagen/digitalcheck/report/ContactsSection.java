package de.digitalezukunfthagen.digitalcheck.report;

import com.lowagie.text.Anchor;
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
 * an entry is not yet confirmed. After them, apart and under their own heading, the verified firms of
 * the initiative that match: examples, not advice.
 */
final class ContactsSection implements Section {
    static final String TAG = "contacts";
    /** How many of the recommendations that brought a contact in are named (the most urgent first). */
    static final int REASONS = 3;

    @Override
    public List<Toc.Entry> contents(ReportContext ctx) {
        return List.of(new Toc.Entry(TAG, ctx.msg("contacts.title"), 0));
    }

    @Override
    public void write(ReportContext ctx) throws DocumentException {
        List<PdfPTable> cards = new ArrayList<>();
        for (Result.MatchedContact m : ctx.result().contacts()) {
            cards.add(card(ctx, m.id(), m.because()));
        }
        List<PdfPTable> companies = new ArrayList<>();
        for (Result.MatchedCompany m : ctx.result().companies()) {
            companies.add(card(ctx, m.id(), m.because()));
        }
        Blocks.heading(ctx, TAG, ctx.msg("contacts.title"), cards.isEmpty() ? 30
                : Blocks.paragraphHeight(ctx, ctx.msg("contacts.intro"), Style.BODY) + 4 + Blocks.height(cards.get(0)));
        if (cards.isEmpty()) {
            ctx.add(Blocks.paragraph(ctx.msg("contacts.none"), Style.BODY));
        } else {
            ctx.add(Blocks.paragraph(ctx.msg("contacts.intro"), Style.BODY));
            ctx.add(Blocks.space(4));
            for (PdfPTable card : cards) {
                ctx.add(card);
            }
        }
        if (!companies.isEmpty()) {
            Blocks.subheading(ctx, ctx.msg("contacts.companies"),
                    Blocks.paragraphHeight(ctx, ctx.msg("contacts.companies.intro"), Style.BODY) + 4 + Blocks.height(companies.get(0)));
            ctx.add(Blocks.paragraph(ctx.msg("contacts.companies.intro"), Style.BODY));
            ctx.add(Blocks.space(4));
            for (PdfPTable card : companies) {
                ctx.add(card);
            }
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
            Anchor anchor = new Anchor(display(contact.website()), Style.LINK);
            anchor.setReference(contact.website());
            web.add(anchor);
            web.setSpacingAfter(2);
            parts.add(web);
        }
        if (!contact.verified()) {
            Paragraph note = new Paragraph(new Chunk(ctx.msg("contacts.unverified"), Style.SMALL_ITALIC));
            note.setLeading(11);
            parts.add(note);
        }
        return Blocks.card(ctx, parts, contact.neutral() ? Style.ACCENT : Style.ACCENT_SOFT);
    }

    /** The website without its scheme, as people write it: www.sihk.de. */
    static String display(String url) {
        return url.replaceFirst("^https?://", "").replaceFirst("/$", "");
    }
}
