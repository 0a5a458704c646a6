package de.digitalezukunfthagen.digitalcheck.initiative;

import de.digitalezukunfthagen.digitalcheck.common.Hagen;
import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.auth.Auth;
import de.digitalezukunfthagen.digitalcheck.auth.Consultant;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Option;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Text;
import de.digitalezukunfthagen.digitalcheck.report.DashboardReport;
import de.digitalezukunfthagen.digitalcheck.stats.Aggregator;
import de.digitalezukunfthagen.digitalcheck.stats.Dashboard;
import de.digitalezukunfthagen.digitalcheck.stats.Facts;
import de.digitalezukunfthagen.digitalcheck.stats.FactsStore;
import de.digitalezukunfthagen.digitalcheck.stats.Summary;
import de.digitalezukunfthagen.digitalcheck.web.ErrorPages;
import de.digitalezukunfthagen.digitalcheck.web.Language;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The initiative's dashboard ({@code /initiative}, for accounts with the role initiative) and the same
 * figures for a consultant's own workshops and assisted checks ({@code /consultant/figures}): the page
 * with charts and their tables, the CSV and a one-page PDF for the city dialogue.
 */
final class InitiativePages {
    static final String INITIATIVE = "/initiative";
    static final String CONSULTANT = "/consultant/figures";
    private static final ZoneId HAGEN = Hagen.ZONE;

    private final Auth auth;
    private final Assessments assessments;
    private final Messages messages;
    private final Clock clock;

    InitiativePages(Auth auth, Assessments assessments, Messages messages, Clock clock) {
        this.auth = auth;
        this.assessments = assessments;
        this.messages = messages;
        this.clock = clock;
    }

    /** Whose checks: all (the initiative) or one consultant's; and where the page lives. */
    private record Scope(String base, Integer consultantId) {
    }

    /** The selection of the filter form, checked against the questionnaire. */
    private record Selection(Questionnaire questionnaire, String industry, String size) {
        String query() {
            StringBuilder q = new StringBuilder("?q=" + questionnaire.id());
            if (industry != null) {
                q.append("&industry=").append(URLEncoder.encode(industry, StandardCharsets.UTF_8));
            }
            if (size != null) {
                q.append("&size=").append(URLEncoder.encode(size, StandardCharsets.UTF_8));
            }
            return q.toString();
        }
    }

    void initiativePage(Context ctx) {
        initiative(ctx).ifPresent(scope -> page(ctx, scope));
    }

    void initiativeCsv(Context ctx) {
        initiative(ctx).ifPresent(scope -> csv(ctx, scope));
    }

    void initiativePdf(Context ctx) {
        initiative(ctx).ifPresent(scope -> pdf(ctx, scope));
    }

    void consultantPage(Context ctx) {
        page(ctx, consultant(ctx));
    }

    void consultantCsv(Context ctx) {
        csv(ctx, consultant(ctx));
    }

    void consultantPdf(Context ctx) {
        pdf(ctx, consultant(ctx));
    }

    /** Only the initiative's staff: no login leads to the login, a consultant's login is refused (403). */
    private Optional<Scope> initiative(Context ctx) {
        Optional<Consultant> account = auth.current(ctx);
        if (account.isEmpty()) {
            ctx.redirect("/login?next=" + URLEncoder.encode(INITIATIVE, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            return Optional.empty();
        }
        if (!account.get().initiative()) {
            ErrorPages.respond(ctx, 403);
            return Optional.empty();
        }
        return Optional.of(new Scope(INITIATIVE, null));
    }

    private Scope consultant(Context ctx) {
        Consultant c = auth.current(ctx).orElseThrow(UnauthorizedResponse::new);
        return new Scope(CONSULTANT, (int) c.id());
    }

    private Selection selection(Context ctx) {
        List<Questionnaire> current = assessments.versions().current();
        String id = ctx.queryParam("q");
        Questionnaire q = id == null || id.isEmpty()
                ? current.stream().filter(x -> x.id().equals("digital-check")).findFirst().orElse(current.get(0))
                : current.stream().filter(x -> x.id().equals(id)).findFirst()
                        .orElseThrow(() -> new BadRequestResponse("q: no questionnaire '" + id + "'"));
        String industry = blankToNull(ctx.queryParam("industry"));
        if (industry != null && industries(q).stream().noneMatch(o -> o.id().equals(industry))) {
            throw new BadRequestResponse("industry: not an industry of the questionnaire");
        }
        String size = blankToNull(ctx.queryParam("size"));
        if (size != null && !Aggregator.sizeBands().contains(size)) {
            throw new BadRequestResponse("size: one of " + String.join(", ", Aggregator.sizeBands()));
        }
        return new Selection(q, industry, size);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static List<Option> industries(Questionnaire q) {
        return q.question(Facts.INDUSTRY).map(x -> x.options()).orElse(List.of());
    }

    private Dashboard dashboard(Scope scope, Selection s) {
        FactsStore.Filter filter = new FactsStore.Filter(s.questionnaire().id(), s.industry(), s.size(), scope.consultantId(), null);
        Dashboard.Names names = names(s.questionnaire());
        return assessments.readFacts(conn -> Dashboard.of(conn, filter, s.questionnaire(), assessments.versions().contacts(), names));
    }

    /**
     * The names the figures show instead of ids: the titles of plan steps of every version of {@code q}
     * (a firm may have been advised by an earlier one; the newest title wins), and the names of the
     * topics in both languages (the questionnaire names topics only by id; the texts are
     * {@code initiative.topic.<id>}).
     */
    private Dashboard.Names names(Questionnaire q) {
        Map<String, Text> steps = new HashMap<>();
        Map<String, Text> topics = new HashMap<>();
        for (int v = 1; v <= q.version(); v++) {
            assessments.versions().find(q.id(), v).ifPresent(version -> version.recommendations().forEach(r -> {
                steps.put(r.id(), r.title());
                for (String topic : r.topics()) {
                    topicName(topic).ifPresent(name -> topics.put(topic, name));
                }
            }));
        }
        return new Dashboard.Names(steps, topics);
    }

    private Optional<Text> topicName(String topic) {
        Map<String, String> names = new HashMap<>();
        for (Language lang : Language.values()) {
            messages.find(lang, "initiative.topic." + topic).ifPresent(name -> names.put(lang.code(), name));
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(new Text(names, names.containsKey("de") ? "de" : names.keySet().iterator().next()));
    }

    private void page(Context ctx, Scope scope) {
        Language lang = Language.of(ctx);
        Selection s = selection(ctx);
        Dashboard d = dashboard(scope, s);
        Map<String, Object> model = new HashMap<>();
        model.put("base", scope.base());
        model.put("own", scope.consultantId() != null);
        model.put("query", s.query());
        model.put("questionnaires", assessments.versions().current().stream()
                .map(q -> new Choice(q.id(), q.title().in(lang.code()), q.id().equals(s.questionnaire().id()))).toList());
        model.put("industries", industries(s.questionnaire()).stream()
                .map(o -> new Choice(o.id(), o.label().in(lang.code()), o.id().equals(s.industry()))).toList());
        model.put("sizes", Aggregator.sizeBands().stream().map(b -> new Choice(b, b.replace("-", "–"), b.equals(s.size()))).toList());
        model.put("firms", Dashboard.count(d.firms()));
        model.put("empty", d.empty());
        model.put("view", DashboardView.of(d, s.questionnaire(), messages, lang));
        ctx.render("initiative/dashboard.peb", model);
    }

    record Choice(String id, String label, boolean selected) {
    }

    private void csv(Context ctx, Scope scope) {
        Selection s = selection(ctx);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"digital-check-hagen-" + LocalDate.now(clock.withZone(HAGEN)) + ".csv\"");
        ctx.result(dashboard(scope, s).csv(Language.of(ctx).code()));
    }

    private void pdf(Context ctx, Scope scope) {
        Language lang = Language.of(ctx);
        Selection s = selection(ctx);
        Dashboard d = dashboard(scope, s);
        List<String> filters = new ArrayList<>();
        filters.add(s.questionnaire().title().in(lang.code()));
        if (s.industry() != null) {
            filters.add(industries(s.questionnaire()).stream().filter(o -> o.id().equals(s.industry())).findFirst()
                    .map(o -> o.label().in(lang.code())).orElse(s.industry()));
        }
        if (s.size() != null) {
            filters.add(messages.get(lang, "initiative.size.value", s.size().replace("-", "–")));
        }
        Map<String, String> channels = new HashMap<>();
        Dashboard.CHANNELS.forEach(c -> channels.put(c, messages.get(lang, "initiative.channel." + c)));
        byte[] pdf = DashboardReport.render(d, s.questionnaire(), lang.code(), String.join(" · ", filters), channels,
                LocalDate.now(clock.withZone(HAGEN)));
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "attachment; filename=\"digital-check-hagen-" + LocalDate.now(clock.withZone(HAGEN)) + ".pdf\"");
        ctx.result(pdf);
    }

    /** The figures of the page in the reader's language, each chart with its table. */
    record DashboardView(List<Line> months, String monthsChart, List<Line> channels, String channelsChart, List<String> levelHeads,
                         List<AreaLine> areas, String areasChart, List<Line> steps, String stepsChart, List<Line> topics,
                         String topicsChart, List<Line> contacts, String contactsChart) {

        record Line(String label, String count) {
        }

        record AreaLine(String title, List<String> counts) {
        }

        static DashboardView of(Dashboard d, Questionnaire q, Messages messages, Language lang) {
            String code = lang.code();
            String hidden = "< " + Aggregator.K;
            List<Line> months = lines(d.months(), r -> r.id(), hidden);
            List<Line> channels = lines(d.channels(), r -> messages.get(lang, "initiative.channel." + r.id()), hidden);
            List<String> heads = new ArrayList<>();
            List<AreaLine> areas = new ArrayList<>();
            List<Charts.Stack> stacks = new ArrayList<>();
            int firms = d.firms().suppressed() ? 0 : d.firms().value();
            for (Dashboard.Area a : d.areas()) {
                if (heads.isEmpty()) {
                    a.levels().forEach(r -> heads.add(r.id().equals(Summary.NOT_ASSESSED) ? messages.get(lang, "initiative.noLevel")
                            : label(r, code)));
                }
                String title = a.title() == null ? messages.get(lang, "initiative.overall") : a.title().in(code);
                areas.add(new AreaLine(title, a.levels().stream().map(r -> Dashboard.count(r.count())).toList()));
                stacks.add(new Charts.Stack(title, a.levels().stream().map(r -> r.count().value()).toList(), firms));
            }
            List<Line> steps = lines(d.steps(), r -> label(r, code), hidden);
            List<Line> topics = lines(d.topics(), r -> label(r, code), hidden);
            List<Line> contacts = lines(d.contacts(), r -> label(r, code), hidden);
            return new DashboardView(months, chart(months, hidden), channels, chart(channels, hidden), heads, areas,
                    stacks.isEmpty() ? null : Charts.stacks(stacks), steps, chart(steps, hidden), topics, chart(topics, hidden),
                    contacts, chart(contacts, hidden));
        }

        private static String label(Dashboard.Row r, String code) {
            Text label = r.label();
            return label == null ? r.id() : label.in(code);
        }

        private static List<Line> lines(List<Dashboard.Row> rows, java.util.function.Function<Dashboard.Row, String> label, String hidden) {
            return rows.stream().map(r -> new Line(label.apply(r), r.count().suppressed() ? hidden : r.count().value().toString())).toList();
        }

        private static String chart(List<Line> lines, String hidden) {
            if (lines.isEmpty()) {
                return null;
            }
            return Charts.bars(lines.stream().map(l -> new Charts.Bar(l.label(), l.count().equals(hidden) ? null
                    : Integer.valueOf(l.count()))).toList(), hidden);
        }
    }
}
