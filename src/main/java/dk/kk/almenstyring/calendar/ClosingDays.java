package dk.kk.almenstyring.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Days the administration is closed although they are no public holidays (lukkedage: Grundlovsdag, juleaftensdag,
 * nytårsaftensdag), read from {@code almen.closing-days} in {@code forums.yml}. jollyday's Danish calendar knows
 * only the public holidays.
 */
@ConfigurationProperties(prefix = "almen")
public class ClosingDays {

    /** One closing day: the same date every year ({@code --12-24}) and its Danish name. */
    public record ClosingDay(MonthDay date, String name) {

        public ClosingDay {
            Objects.requireNonNull(date, "almen.closing-days: date is required (e.g. \"--12-24\")");
            if (name == null || name.isBlank()) {
                throw new IllegalStateException("almen.closing-days: the closing day " + date + " needs a name");
            }
        }
    }

    private final List<ClosingDay> closingDays;

    public ClosingDays(List<ClosingDayEntry> closingDays) {
        this.closingDays = closingDays == null ? List.of() : closingDays.stream().map(ClosingDayEntry::toDay).toList();
    }

    /** The closing day on {@code day}, if there is one. */
    public Optional<ClosingDay> on(LocalDate day) {
        MonthDay monthDay = MonthDay.from(day);
        return closingDays.stream().filter(c -> c.date().equals(monthDay)).findFirst();
    }

    public List<ClosingDay> all() {
        return closingDays;
    }

    /** As written in the YAML file; the date is text so that a typo names the entry instead of failing the binding. */
    public record ClosingDayEntry(String date, String name) {

        ClosingDay toDay() {
            try {
                return new ClosingDay(MonthDay.parse(Objects.requireNonNull(date,
                        "almen.closing-days: date is required (e.g. \"--12-24\")").trim()), name);
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("almen.closing-days: '" + date + "' (" + name
                        + ") is not a day of the year; write it as \"--MM-DD\", e.g. \"--12-24\"", e);
            }
        }
    }
}
