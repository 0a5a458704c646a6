package de.digitalezukunfthagen.digitalcheck.assessment;

import de.digitalezukunfthagen.digitalcheck.web.Language;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import de.digitalezukunfthagen.digitalcheck.web.QrCode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The ways to keep the personal link, which is the only way back to a check: a {@code mailto:} link
 * that opens the reader's own mail program with the link filled in (the app sends no mail and asks for
 * no address), and a QR code to take it over to another device.
 */
final class PersonalLink {
    private PersonalLink() {
    }

    static String mailto(Messages messages, Language lang, String questionnaireTitle, String link) {
        String subject = messages.get(lang, "link.mail.subject", questionnaireTitle);
        String body = messages.get(lang, "link.mail.body", questionnaireTitle, link);
        return "mailto:?subject=" + encode(subject) + "&body=" + encode(body);
    }

    static String qr(Messages messages, Language lang, String link) {
        return QrCode.svg(link, messages.get(lang, "link.qr.alt"));
    }

    /** RFC 6068 wants percent-encoding; a {@code +} would show up as a plus in the mail. */
    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
