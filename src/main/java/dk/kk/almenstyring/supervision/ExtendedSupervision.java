package dk.kk.almenstyring.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.housing.EstateProfile;
import dk.kk.almenstyring.housing.HousingOrganisation;
import dk.kk.almenstyring.housing.HousingRegister;
import dk.kk.almenstyring.supervision.SupervisionList.Source;
import dk.kk.almenstyring.supervision.SupervisionRules.RuleReason;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The extended supervision (udvidet tilsyn, S6): once a year the rule selects about {@code estates-per-year} estates
 * from their attributes, and at its styringsdialog meeting an organisation may bring further estates of its own in.
 * Every estate on a year's list keeps each reason it is there and who gave it.
 */
@Service
public class ExtendedSupervision {

    private static final Logger LOG = LoggerFactory.getLogger(ExtendedSupervision.class);

    static final int FIRST_YEAR = 2010;
    static final int LAST_YEAR = 2100;
    static final int MAX_REASON_LENGTH = 500;

    private final HousingRegister housing;
    private final SupervisionRules rules;
    private final SupervisionRecord record;
    private final int estatesPerYear;

    public ExtendedSupervision(HousingRegister housing, SupervisionRules rules, SupervisionRecord record,
            @Value("${almen.supervision.estates-per-year:45}") int estatesPerYear) {
        this.housing = housing;
        this.rules = rules;
        this.record = record;
        this.estatesPerYear = estatesPerYear;
    }

    public int estatesPerYear() {
        return estatesPerYear;
    }

    /**
     * Selects the year's list by the rule: every estate the rule gives a reason, the highest total weight first (then
     * the longest since its last supervision), at most {@link #estatesPerYear()}. A year already selected is left as
     * it is, so a retried or repeated step selects nothing twice. Returns the number of estates the rule put on the list.
     */
    @Transactional
    public int selectForYear(int year, String user, String processInstanceId) {
        requireYear(year);
        if (record.isSelected(year)) {
            LOG.info("Extended supervision {}: already selected, left as it is", year);
            return (int) record.list(year).estates().stream().filter(SupervisionList.SupervisedEstate::selectedByRule)
                    .count();
        }
        long started = System.nanoTime();
        Map<Long, Integer> listedBefore = record.lastListedBefore(year);
        SupervisionRules.EstateRule rule = rules.latest();
        List<Candidate> candidates = new ArrayList<>();
        for (EstateProfile estate : housing.estateProfiles()) {
            Integer yearsSince = yearsSince(year, estate, listedBefore.get(estate.id()));
            List<RuleReason> reasons = rule.reasons(estate.attributes(), yearsSince);
            if (!reasons.isEmpty()) {
                candidates.add(new Candidate(estate, reasons, yearsSince));
            }
        }
        candidates.sort(Candidate.PRIORITY);
        List<Candidate> selected = candidates.subList(0, Math.min(estatesPerYear, candidates.size()));
        for (Candidate candidate : selected) {
            long entry = record.listEntry(year, candidate.estate().id(), true);
            candidate.reasons().forEach(r -> record.addReason(entry, r.reason(), Source.RULE, user));
        }
        record.markSelected(year, estatesPerYear, candidates.size(), selected.size(), user, processInstanceId);
        LOG.info("Extended supervision {}: {} of {} candidate estates selected (target {}) in {} ms", year,
                selected.size(), candidates.size(), estatesPerYear, (System.nanoTime() - started) / 1_000_000);
        return selected.size();
    }

    /**
     * An organisation brings estates of its own onto the year's list at its styringsdialog meeting (S6). Every
     * estate must be the organisation's; one that is not, or is unknown, refuses the whole request and nothing is
     * recorded. An estate already on the list keeps its reasons and gets this one too.
     */
    @Transactional
    public void addAtMeeting(int year, String organisationCode, List<String> estateNumbers, String reason, String user) {
        requireYear(year);
        if (FormValues.text(organisationCode) == null) {
            throw new BadUserRequestException("Angiv boligorganisationen (kode, fx KAB).");
        }
        HousingOrganisation organisation = housing.require(organisationCode);
        String why = FormValues.text(reason);
        if (why == null) {
            throw new BadUserRequestException("Skriv, hvorfor afdelingerne skal med i det udvidede tilsyn.");
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw new BadUserRequestException("Begrundelsen er for lang (højst " + MAX_REASON_LENGTH + " tegn).");
        }
        List<EstateProfile> estates = ownEstates(organisation, estateNumbers);
        String by = FormValues.text(user) == null ? CurrentUser.SYSTEM : user.trim();
        for (EstateProfile estate : estates) {
            record.addReason(record.listEntry(year, estate.id(), false), why, Source.MEETING, by);
        }
        LOG.info("Extended supervision {}: {} brought in {} estate(s) at the meeting ({})", year, organisation.code(),
                estates.size(), by);
    }

    /** The year's list with every estate's reasons and who gave them; empty and not selected for a year not yet run. */
    public SupervisionList listFor(int year) {
        requireYear(year);
        return record.list(year);
    }

    private List<EstateProfile> ownEstates(HousingOrganisation organisation, List<String> estateNumbers) {
        Set<String> numbers = new LinkedHashSet<>();
        for (String number : estateNumbers == null ? List.<String>of() : estateNumbers) {
            String trimmed = FormValues.text(number);
            if (trimmed == null) {
                throw new BadUserRequestException("Et afdelingsnummer er tomt; skriv afdelingens nummer, fx "
                        + example(organisation) + ".");
            }
            numbers.add(trimmed);
        }
        if (numbers.isEmpty()) {
            throw new BadUserRequestException("Vælg mindst én afdeling, der skal med i det udvidede tilsyn.");
        }
        Map<String, EstateProfile> own = new LinkedHashMap<>();
        housing.estateProfiles(organisation.code()).forEach(e -> own.put(e.number().toUpperCase(Locale.ROOT), e));
        List<EstateProfile> estates = new ArrayList<>();
        for (String number : numbers) {
            EstateProfile estate = own.get(number.toUpperCase(Locale.ROOT));
            if (estate == null) {
                throw new BadUserRequestException(notOwn(organisation, number));
            }
            estates.add(estate);
        }
        return estates;
    }

    private String notOwn(HousingOrganisation organisation, String number) {
        return housing.estateProfiles().stream().filter(e -> e.number().equalsIgnoreCase(number)).findFirst()
                .map(other -> "Afdeling " + other.number() + " " + other.name() + " hører under " + other.organisationName()
                        + ", ikke under " + organisation.name() + ". En boligorganisation kan kun bringe sine egne"
                        + " afdelinger ind i det udvidede tilsyn.")
                .orElse("Afdeling '" + number + "' findes ikke i registret over " + organisation.name() + "s afdelinger.");
    }

    private static String example(HousingOrganisation organisation) {
        return organisation.estates().isEmpty() ? "101" : organisation.estates().get(0).number();
    }

    /** Since the later of the register's last supervision and the estate's last list; null when neither is known. */
    private static Integer yearsSince(int year, EstateProfile estate, Integer listedBefore) {
        Integer registered = estate.attributes().lastSupervisionYear();
        Integer last = registered == null ? listedBefore
                : listedBefore == null ? registered : Integer.valueOf(Math.max(registered, listedBefore));
        return last == null ? null : year - last;
    }

    static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BadUserRequestException("Året skal være et årstal mellem " + FIRST_YEAR + " og " + LAST_YEAR
                    + " ('" + year + "' er ikke).");
        }
    }

    private record Candidate(EstateProfile estate, List<RuleReason> reasons, Integer yearsSince) {

        static final Comparator<Candidate> PRIORITY = Comparator.comparingInt(Candidate::weight).reversed()
                .thenComparing(Candidate::yearsSince, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(c -> c.estate().organisationCode())
                .thenComparing(c -> c.estate().number());

        int weight() {
            return reasons.stream().mapToInt(RuleReason::weight).sum();
        }
    }
}
