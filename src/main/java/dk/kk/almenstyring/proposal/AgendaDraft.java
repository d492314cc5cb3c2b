package dk.kk.almenstyring.proposal;

import java.util.LinkedHashMap;
import java.util.Map;

import dk.kk.almenstyring.meeting.AgendaItem;

/** How a proposal appears on the agenda draft (the prepare-agenda form) and on the agenda. */
public final class AgendaDraft {

    private AgendaDraft() {
    }

    public static Map<String, Object> line(AgendaProposal proposal) {
        return line(proposal, proposal.responsible());
    }

    /** The line of a late proposal the secretariat accepted, naming the forvaltning it chose (F5). */
    public static Map<String, Object> line(AgendaProposal proposal, String responsible) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("title", proposal.title());
        line.put("description", proposal.description() == null ? "" : proposal.description());
        line.put("theme", proposal.theme());
        line.put("responsible", responsible);
        line.put("proposalId", proposal.id());
        return line;
    }

    /** A supplementary item on an agenda already sent; the secretariat chose the responsible forvaltning (F5). */
    public static AgendaItem item(long meetingId, AgendaProposal proposal, String responsible) {
        return new AgendaItem(0, meetingId, 0, proposal.title(), proposal.description(), proposal.theme(),
                responsible, false, proposal.id(), null, null, null);
    }
}
