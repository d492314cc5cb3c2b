package dk.kk.almenstyring.proposal;

import java.util.LinkedHashMap;
import java.util.Map;

import dk.kk.almenstyring.meeting.AgendaItem;

/** How a proposal appears on the agenda draft (the prepare-agenda form) and on the agenda. */
public final class AgendaDraft {

    private AgendaDraft() {
    }

    public static Map<String, Object> line(AgendaProposal proposal) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("title", proposal.title());
        line.put("description", proposal.description() == null ? "" : proposal.description());
        line.put("theme", proposal.theme());
        line.put("responsible", proposal.responsible());
        line.put("proposalId", proposal.id());
        return line;
    }

    public static AgendaItem item(long meetingId, AgendaProposal proposal) {
        return new AgendaItem(0, meetingId, 0, proposal.title(), proposal.description(), proposal.theme(),
                proposal.responsible() == null ? "TMF" : proposal.responsible(), false, proposal.id(), null, null, null);
    }
}
