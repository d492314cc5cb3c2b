package dk.kk.almenstyring.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.springframework.stereotype.Component;

/**
 * Danish working days: Monday to Friday, less the public holidays (helligdage) kept by jollyday and the closing
 * days (lukkedage) of {@link ClosingDays}. The holidays' Danish names come from
 * {@code descriptions/holiday_descriptions_da.properties}, which jollyday reads like its own translations.
 */
@Component
public class WorkingDays {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.DENMARK));
    private final ClosingDays closingDays;

    public WorkingDays(ClosingDays closingDays) {
        this.closingDays = closingDays;
    }

    public boolean isWorkingDay(LocalDate day) {
        return dayOff(day).isEmpty();
    }

    /** Why {@code day} is not a working day; empty when it is one. A holiday on a Sunday is named as the holiday. */
    public Optional<DayOff> dayOff(LocalDate day) {
        Optional<Holiday> holiday = holidays.getHolidays(java.time.Year.of(day.getYear())).stream()
                .filter(h -> h.getDate().equals(day)).findFirst();
        if (holiday.isPresent()) {
            return Optional.of(new DayOff(day, DayOff.Kind.PUBLIC_HOLIDAY, holiday.get().getDescription(DANISH)));
        }
        Optional<ClosingDays.ClosingDay> closing = closingDays.on(day);
        if (closing.isPresent()) {
            return Optional.of(new DayOff(day, DayOff.Kind.CLOSING_DAY, closing.get().name()));
        }
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
            String name = weekday.getDisplayName(TextStyle.FULL, DANISH);
            return Optional.of(new DayOff(day, DayOff.Kind.WEEKEND, Character.toUpperCase(name.charAt(0)) + name.substring(1)));
        }
        return Optional.empty();
    }

    /** The day itself when it is a working day, else the nearest working day before it. */
    public LocalDate onOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** Counts back {@code count} working days from {@code day} (exclusive). */
    public LocalDate minusWorkingDays(LocalDate day, int count) {
        LocalDate d = day;
        int left = count;
        while (left > 0) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
