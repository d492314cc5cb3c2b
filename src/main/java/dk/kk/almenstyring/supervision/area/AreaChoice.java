package dk.kk.almenstyring.supervision.area;

import java.util.ArrayList;
import java.util.List;

import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.supervision.area.AreaDialogueProcess.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What the secretariat chose on the start form: the year and one to three areas (bydele), in the order chosen. */
record AreaChoice(int year, List<String> areas) {

    static AreaChoice of(VariableScope variables) {
        return new AreaChoice(year(variables.getVariable(Var.YEAR)), areas(variables));
    }

    private static int year(Object raw) {
        // the form's number field arrives as Integer, Long or Double depending on the client
        if (raw instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.intValue();
        }
        String text = FormValues.text(raw);
        if (text == null) {
            throw new BadUserRequestException("Skriv det år, dialogmøderne holdes, fx 2027.");
        }
        if (!text.matches("\\d{4}")) {
            throw new BadUserRequestException("Året skal skrives med fire cifre, fx 2027 ('" + text + "' er ikke et år).");
        }
        return Integer.parseInt(text);
    }

    private static List<String> areas(VariableScope variables) {
        List<String> areas = new ArrayList<>();
        for (String field : List.of(Var.AREA_1, Var.AREA_2, Var.AREA_3)) {
            String area = FormValues.text(variables.getVariable(field));
            if (area == null) {
                continue;
            }
            if (areas.stream().anyMatch(area::equalsIgnoreCase)) {
                throw new BadUserRequestException(area + " er valgt mere end én gang; vælg hvert område én gang.");
            }
            areas.add(area);
        }
        if (areas.isEmpty()) {
            throw new BadUserRequestException("Vælg mindst ét område (en bydel), hvor dialogmødet skal holdes.");
        }
        return List.copyOf(areas);
    }
}
