package dk.kk.almenstyring.wheel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A meeting's place in the wheel as the secretariat says it: "primo maj" (early May), "medio juni" (mid June),
 * "ultimo januar" (end of January). {@link #day} turns it into a concrete day of a year (the rule in docs/rules.md):
 * a meeting day is a Tuesday, Wednesday or Thursday that is a working day; primo is the first such day on or after
 * the 5th, medio the first on or after the 15th, ultimo the last of the month.
 */
public record WheelSlot(Part part, Month month) {

    /** Where in the month. */
    public enum Part {
        PRIMO(5), MEDIO(15), ULTIMO(0);

        private final int fromDay;

        Part(int fromDay) {
            this.fromDay = fromDay;
        }
    }

    private static final Pattern TEXT = Pattern.compile("(primo|medio|ultimo)\\s+(\\p{L}+)");
    private static final Map<String, Month> MONTHS = Map.ofEntries(Map.entry("januar", Month.JANUARY),
            Map.entry("februar", Month.FEBRUARY), Map.entry("marts", Month.MARCH), Map.entry("april", Month.APRIL),
            Map.entry("maj", Month.MAY), Map.entry("juni", Month.JUNE), Map.entry("juli", Month.JULY),
            Map.entry("august", Month.AUGUST), Map.entry("september", Month.SEPTEMBER),
            Map.entry("oktober", Month.OCTOBER), Map.entry("november", Month.NOVEMBER),
            Map.entry("december", Month.DECEMBER));

    /** "primo maj" → PRIMO, MAY; anything else is a mistake in aarshjul.yml and stops the start-up. */
    public static WheelSlot parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        Month month = m.matches() ? MONTHS.get(m.group(2)) : null;
        if (month == null) {
            throw new IllegalStateException("almen.wheel: '" + text + "' is no meeting of the wheel; write "
                    + "\"primo <måned>\", \"medio <måned>\" or \"ultimo <måned>\", e.g. \"primo maj\"");
        }
        return new WheelSlot(Part.valueOf(m.group(1).toUpperCase(Locale.ROOT)), month);
    }

    /** The day this slot falls on in {@code year}, given which days are meeting days. */
    public LocalDate day(int year, Predicate<LocalDate> meetingDay) {
        YearMonth ym = YearMonth.of(year, month);
        if (part == Part.ULTIMO) {
            for (LocalDate d = ym.atEndOfMonth(); d.getMonth() == month; d = d.minusDays(1)) {
                if (meetingDay.test(d)) {
                    return d;
                }
            }
        } else {
            for (LocalDate d = ym.atDay(part.fromDay); d.getMonth() == month; d = d.plusDays(1)) {
                if (meetingDay.test(d)) {
                    return d;
                }
            }
        }
        throw new IllegalStateException("no meeting day " + this + " in " + year);
    }

    /** Which way a clash moves the meeting: an ultimo meeting earlier (it stays in its month), the others later. */
    public boolean movesEarlier() {
        return part == Part.ULTIMO;
    }

    static boolean isMidWeek(LocalDate day) {
        DayOfWeek w = day.getDayOfWeek();
        return w == DayOfWeek.TUESDAY || w == DayOfWeek.WEDNESDAY || w == DayOfWeek.THURSDAY;
    }
}
