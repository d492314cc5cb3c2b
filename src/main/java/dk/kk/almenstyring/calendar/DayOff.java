package dk.kk.almenstyring.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A day that is not a working day, and why: a public holiday (helligdag), a closing day (lukkedag) or a weekend.
 *
 * @param name the day's Danish name: "Langfredag", "Juleaftensdag", "Lørdag"
 */
public record DayOff(LocalDate day, Kind kind, String name) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));

    /** "Langfredag (2. april 2027) er en helligdag", "Søndag den 4. april 2027 er en weekenddag". */
    public String describe() {
        String when = kind == Kind.WEEKEND ? name + " den " + DAY.format(day) : name + " (" + DAY.format(day) + ")";
        return when + " er " + kind.danish();
    }

    public enum Kind {
        PUBLIC_HOLIDAY("en helligdag"),
        CLOSING_DAY("en lukkedag i kommunens forvaltninger"),
        WEEKEND("en weekenddag");

        private final String danish;

        Kind(String danish) {
            this.danish = danish;
        }

        /** "en helligdag", as in "Langfredag (2. april 2027) er en helligdag." */
        public String danish() {
            return danish;
        }
    }
}
