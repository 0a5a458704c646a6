package de.digitalezukunfthagen.digitalcheck.questionnaire;

/** When a recommendation pays off: at once, in the coming months, within the year. */
public enum Horizon {
    QUICK_WIN("quick-win"), MONTHS("months"), YEAR("year");

    private final String id;

    Horizon(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Horizon byId(String id) {
        for (Horizon h : values()) {
            if (h.id.equals(id)) {
                return h;
            }
        }
        return null;
    }
}
