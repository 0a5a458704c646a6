package de.digitalezukunfthagen.digitalcheck.stats;

import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a firm's scores sit among similar firms: for the closest group with at least {@link Aggregator#K}
 * complete, non-test assessments of the same questionnaire (same industry and size band, else same
 * industry, else same size band, else all), per score the lower quartile, the median and the upper
 * quartile. The firm's own assessment is not counted, a firm that repeated its check counts once,
 * and a score only K firms have is shown; the lowest and highest score are never shown, so no
 * figure is any one firm's.
 *
 * @param scope which group was used
 * @param firms how many firms it has
 * @param spreads per score ({@link Summary#OVERALL} first, then the dimensions with enough scores)
 */
public record Peers(Scope scope, String industry, String sizeBand, int firms, List<Spread> spreads) {

    public Peers {
        spreads = List.copyOf(spreads);
    }

    /** The group the firm is compared with, from the closest to the broadest. */
    public enum Scope {
        INDUSTRY_AND_SIZE, INDUSTRY, SIZE, ALL
    }

    /** The middle half of a group's scores: lower quartile, median, upper quartile (engine-rounded). */
    public record Spread(String id, BigDecimal lower, BigDecimal median, BigDecimal upper) {
    }

    public Optional<Spread> spread(String id) {
        return spreads.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The comparison for a firm with {@code own} facts (stored as row {@code ownId}), or empty when no
     * group has K firms. Reads the facts table, one row at a time (the result page asks {@link PeerGroups},
     * which keeps the groups for a while).
     */
    public static Optional<Peers> of(Connection conn, Facts own, long ownId) throws SQLException {
        for (Group g : groups(own)) {
            Aggregator.Tally tally = new Aggregator.Tally();
            FactsStore.stream(conn, new FactsStore.Filter(own.questionnaireId(), g.industry(), g.sizeBand(), null, ownId),
                    tally::add);
            if (tally.members >= Aggregator.K) {
                return Optional.of(new Peers(g.scope(), g.industry(), g.sizeBand(), tally.members,
                        spreads(own, tally.histograms::get)));
            }
        }
        return Optional.empty();
    }

    /** One group a firm can be compared with; null industry or size band: any. */
    record Group(Scope scope, String industry, String sizeBand) {
    }

    /** The groups for a firm with {@code own} facts, from the closest to the broadest: the first with K firms is used. */
    static List<Group> groups(Facts own) {
        String industry = own.industry();
        String size = own.sizeBand();
        List<Group> groups = new ArrayList<>();
        if (industry != null && size != null) {
            groups.add(new Group(Scope.INDUSTRY_AND_SIZE, industry, size));
        }
        if (industry != null) {
            groups.add(new Group(Scope.INDUSTRY, industry, null));
        }
        if (size != null) {
            groups.add(new Group(Scope.SIZE, null, size));
        }
        groups.add(new Group(Scope.ALL, null, null));
        return groups;
    }

    /**
     * The spreads of the overall score and of {@code own}'s dimensions that at least K firms of the group
     * have, from the group's histogram of each (null for none).
     */
    static List<Spread> spreads(Facts own, Function<String, int[]> histogram) {
        List<String> items = new ArrayList<>();
        items.add(Summary.OVERALL);
        own.scores().keySet().stream().filter(id -> !id.equals(Summary.OVERALL)).forEach(items::add);
        List<Spread> spreads = new ArrayList<>();
        for (String item : items) {
            int[] h = histogram.apply(item);
            int n = 0;
            if (h != null) {
                for (int c : h) {
                    n += c;
                }
            }
            if (n >= Aggregator.K) {
                spreads.add(new Spread(item, quantile(h, n, 1), quantile(h, n, 2), quantile(h, n, 3)));
            }
        }
        return spreads;
    }

    /** The {@code quarter}/4 quantile of {@code n} values in a histogram of tenths, interpolated between neighbours. */
    static BigDecimal quantile(int[] histogram, int n, int quarter) {
        double position = quarter * (n - 1) / 4.0;
        int below = (int) Math.floor(position);
        double fraction = position - below;
        int low = Aggregator.Tally.nth(histogram, below);
        int high = fraction == 0 ? low : Aggregator.Tally.nth(histogram, below + 1);
        return Scorer.round((low + fraction * (high - low)) / 10.0);
    }
}
