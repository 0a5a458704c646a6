package de.digitalezukunfthagen.digitalcheck.stats;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Contact;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Level;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Text;
import de.digitalezukunfthagen.digitalcheck.stats.Summary.Count;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The initiative's view of the completed checks of one questionnaire (tests and demonstrations left
 * out, a firm that repeated its check counted once), optionally narrowed to an industry, a size band
 * or one consultant's workshops and assisted checks: checks per month and per channel, the levels
 * reached per area, and the plan steps, topics and contacts most often named. Read from the facts
 * table in one pass, one row at a time.
 *
 * <p>Privacy as in {@link Aggregator}: no figure is about fewer than {@link Aggregator#K} firms. Counts
 * that add up to the number of firms (months, channels, the levels of an area) are hidden below K
 * and, where the hidden ones could be worked out from that total, further ones too
 * ({@link Aggregator#suppress}); a plan step, topic or contact named by fewer than K firms is not
 * listed. With fewer than K firms in all, nothing is shown but "fewer than K".
 */
public record Dashboard(String questionnaireId, Count firms, List<Row> months, List<Row> channels, List<Area> areas,
                        List<Row> steps, List<Row> topics, List<Row> contacts) {

    public static final int TOP = 10;
    public static final List<String> CHANNELS = List.of("online", "assisted", "workshop");

    public Dashboard {
        months = List.copyOf(months);
        channels = List.copyOf(channels);
        areas = List.copyOf(areas);
        steps = List.copyOf(steps);
        topics = List.copyOf(topics);
        contacts = List.copyOf(contacts);
    }

    /** One figure: its id, its label (null: the id is the label) and the count, or suppressed. */
    public record Row(String id, Text label, Count count) {
    }

    /** The levels reached in one area (or overall), with those without a level. */
    public record Area(String id, Text title, List<Row> levels) {
        public Area {
            levels = List.copyOf(levels);
        }
    }

    public boolean empty() {
        return firms.suppressed();
    }

    /**
     * The names of plan steps and topics beside the current questionnaire's: {@code steps} the titles of
     * steps of earlier versions (the current version's win), {@code topics} the names of topic ids
     * (the questionnaire names them only by id). An id without a name is shown as it is.
     */
    public record Names(Map<String, Text> steps, Map<String, Text> topics) {
        public static final Names NONE = new Names(Map.of(), Map.of());

        public Names {
            steps = Map.copyOf(steps);
            topics = Map.copyOf(topics);
        }
    }

    /** Reads the facts that pass {@code filter} (which must name {@code q}'s questionnaire) and summarises them. */
    public static Dashboard of(Connection conn, FactsStore.Filter filter, Questionnaire q, List<Contact> contactList)
            throws SQLException {
        return of(conn, filter, q, contactList, Names.NONE);
    }

    /** Like {@link #of(Connection, FactsStore.Filter, Questionnaire, List)}, with step and topic names beside {@code q}'s. */
    public static Dashboard of(Connection conn, FactsStore.Filter filter, Questionnaire q, List<Contact> contactList, Names names)
            throws SQLException {
        Map<String, Integer> months = new TreeMap<>();
        Map<String, Integer> channels = new LinkedHashMap<>();
        Map<String, Integer> steps = new LinkedHashMap<>();
        Map<String, Integer> topics = new LinkedHashMap<>();
        Map<String, Integer> contacts = new LinkedHashMap<>();
        Aggregator.Tally tally = new Aggregator.Tally();
        FactsStore.stream(conn, filter, f -> {
            tally.add(f);
            months.merge(f.month(), 1, Integer::sum);
            channels.merge(f.channel(), 1, Integer::sum);
            Set<String> firmTopics = new HashSet<>();
            for (String step : f.plan()) {
                steps.merge(step, 1, Integer::sum);
                q.recommendation(step).ifPresent(r -> firmTopics.addAll(r.topics()));
            }
            firmTopics.forEach(t -> topics.merge(t, 1, Integer::sum));
            f.contacts().forEach(c -> contacts.merge(c, 1, Integer::sum));
        });
        int n = tally.members;
        if (n < Aggregator.K) {
            return new Dashboard(q.id(), Count.SUPPRESSED, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        List<String> channelIds = new ArrayList<>(CHANNELS);
        channels.keySet().stream().filter(c -> !channelIds.contains(c)).forEach(channelIds::add);
        List<Area> areas = new ArrayList<>();
        List<String> levelIds = new ArrayList<>(q.levels().stream().map(Level::id).toList());
        levelIds.add(Summary.NOT_ASSESSED);
        Map<String, Text> levelTitles = new LinkedHashMap<>();
        q.levels().forEach(l -> levelTitles.put(l.id(), l.title()));
        areas.add(new Area(Summary.OVERALL, null, partition(levelIds, tally.levelCounts(Summary.OVERALL), levelTitles)));
        for (Dimension d : q.dimensions()) {
            areas.add(new Area(d.id(), d.title(), partition(levelIds, tally.levelCounts(d.id()), levelTitles)));
        }
        Map<String, Text> stepTitles = new LinkedHashMap<>(names.steps());
        q.recommendations().forEach(r -> stepTitles.put(r.id(), r.title()));
        Map<String, Text> contactNames = new LinkedHashMap<>();
        contactList.forEach(c -> contactNames.put(c.id(), c.name()));
        return new Dashboard(q.id(), new Count(n), partition(new ArrayList<>(months.keySet()), months, Map.of()),
                partition(channelIds, channels, Map.of()), areas, top(steps, stepTitles), top(topics, names.topics()),
                top(contacts, contactNames));
    }

    /** Counts that add up to the number of firms: hidden below K, and further ones so that none can be worked out. */
    private static List<Row> partition(List<String> ids, Map<String, Integer> counts, Map<String, Text> labels) {
        int[] cells = ids.stream().mapToInt(id -> counts.getOrDefault(id, 0)).toArray();
        boolean[] hidden = Aggregator.suppress(new int[][] {cells}, true, false)[0];
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            rows.add(new Row(ids.get(i), labels.get(ids.get(i)), hidden[i] ? Count.SUPPRESSED : new Count(cells[i])));
        }
        return rows;
    }

    /** The most frequent, each named by at least K firms, at most {@link #TOP}. */
    private static List<Row> top(Map<String, Integer> counts, Map<String, Text> labels) {
        return counts.entrySet().stream().filter(e -> e.getValue() >= Aggregator.K)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(e -> new Row(e.getKey(), labels.get(e.getKey()), new Count(e.getValue())))
                .toList();
    }

    /** The figures as CSV for German Excel (UTF-8 with BOM, semicolons, CRLF); a hidden count is "< 5". */
    public byte[] csv(String lang) {
        boolean de = lang.equals("de");
        StringBuilder out = new StringBuilder();
        SummaryFormat.row(out, de ? List.of("Fragebogen", "Teil", "Bereich", "Kennung", "Bezeichnung", "Anzahl Betriebe")
                : List.of("questionnaire", "part", "area", "id", "label", "firms"));
        SummaryFormat.row(out, List.of(questionnaireId, de ? "Betriebe" : "firms", "", "", "", count(firms)));
        section(out, de ? "Monat" : "month", "", months, lang);
        section(out, de ? "Weg" : "channel", "", channels, lang);
        for (Area a : areas) {
            section(out, de ? "Stufe" : "level", a.title() == null ? Summary.OVERALL : a.title().in(lang), a.levels(), lang);
        }
        section(out, de ? "Planschritt" : "plan step", "", steps, lang);
        section(out, de ? "Thema" : "topic", "", topics, lang);
        section(out, de ? "Ansprechpartner" : "contact", "", contacts, lang);
        return SummaryFormat.withBom(out.toString());
    }

    private void section(StringBuilder out, String part, String area, List<Row> rows, String lang) {
        for (Row r : rows) {
            SummaryFormat.row(out, List.of(questionnaireId, part, area, r.id(), r.label() == null ? r.id() : r.label().in(lang),
                    count(r.count())));
        }
    }

    public static String count(Count count) {
        return count.suppressed() ? "< " + Aggregator.K : Integer.toString(count.value());
    }
}
