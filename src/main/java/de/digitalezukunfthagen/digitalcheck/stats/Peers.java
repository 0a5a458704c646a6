package de.digitalezukunfthagen.digitalcheck.stats;

import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
     * group has K firms. Reads the facts table, one row at a time.
     */
    public static Optional<Peers> of(Connection conn, Facts own, long ownId) throws SQLException {
        String industry = own.industry();
        String size = own.sizeBand();
        List<Object[]> tries = new ArrayList<>();
        if (industry != null && size != null) {
            tries.add(new Object[] {Scope.INDUSTRY_AND_SIZE, industry, size});
        }
        if (industry != null) {
            tries.add(new Object[] {Scope.INDUSTRY, industry, null});
        }
        if (size != null) {
            tries.add(new Object[] {Scope.SIZE, null, size});
        }
        tries.add(new Object[] {Scope.ALL, null, null});
        for (Object[] t : tries) {
            Aggregator.Tally tally = new Aggregator.Tally();
            FactsStore.stream(conn, new FactsStore.Filter(own.questionnaireId(), (String) t[1], (String) t[2], null, ownId),
                    tally::add);
            if (tally.members >= Aggregator.K) {
                List<Spread> spreads = new ArrayList<>();
                List<String> items = new ArrayList<>();
                items.add(Summary.OVERALL);
                own.scores().keySet().stream().filter(id -> !id.equals(Summary.OVERALL)).forEach(items::add);
                for (String item : items) {
                    if (tally.scored(item) >= Aggregator.K) {
                        int[] h = tally.histograms.get(item);
                        int n = tally.scored(item);
                        spreads.add(new Spread(item, quantile(h, n, 1), quantile(h, n, 2), quantile(h, n, 3)));
                    }
                }
                return Optional.of(new Peers((Scope) t[0], (String) t[1], (String) t[2], tally.members, spreads));
            }
        }
        return Optional.empty();
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
