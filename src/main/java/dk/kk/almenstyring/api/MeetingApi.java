package dk.kk.almenstyring.api;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.NotAMemberException;
import dk.kk.almenstyring.identity.MemberDirectory;
import dk.kk.almenstyring.meeting.DecisionEntry;
import dk.kk.almenstyring.meeting.Meeting;
import dk.kk.almenstyring.meeting.MeetingCycle;
import dk.kk.almenstyring.meeting.MeetingCycle.Element;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import dk.kk.almenstyring.meeting.MeetingRepository;
import dk.kk.almenstyring.minutes.CommentService;
import dk.kk.almenstyring.minutes.MinutesRepository;
import dk.kk.almenstyring.proposal.ProposalInput;
import dk.kk.almenstyring.proposal.ProposalRepository;
import dk.kk.almenstyring.proposal.ProposalService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The product's own API beside the engine's: meetings and the decisions register (read-only), and the few
 * things members and the secretariat do from other systems (call a meeting, propose an item, comment, move or
 * cancel). Every call is authenticated by the filter on /api/*; bad input answers 400 with a reason.
 */
@RestController
@RequestMapping("/api")
public class MeetingApi {

    private final ForumCharters charters;
    private final MeetingRepository meetings;
    private final ProposalRepository proposals;
    private final MinutesRepository minutes;
    private final ProposalService proposalService;
    private final CommentService commentService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final MemberDirectory directory;
    private final CurrentUser currentUser;
    private final ForumReadAccess readAccess;

    public MeetingApi(ForumCharters charters, MeetingRepository meetings, ProposalRepository proposals,
            MinutesRepository minutes, ProposalService proposalService, CommentService commentService,
            RuntimeService runtimeService, TaskService taskService, MemberDirectory directory, CurrentUser currentUser,
            ForumReadAccess readAccess) {
        this.charters = charters;
        this.meetings = meetings;
        this.proposals = proposals;
        this.minutes = minutes;
        this.proposalService = proposalService;
        this.commentService = commentService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.directory = directory;
        this.currentUser = currentUser;
        this.readAccess = readAccess;
    }

    @GetMapping("/forums")
    public List<Map<String, Object>> forums() {
        return charters.all().stream().map(c -> Map.<String, Object>of("key", c.key(), "name", c.name(),
                "level", c.level(), "memberGroups", c.memberGroups())).toList();
    }

    /** A forum's meetings for its members; for others only the meetings whose agenda it has published (F4). */
    @GetMapping("/forums/{forumKey}/meetings")
    public List<Meeting> meetings(@PathVariable String forumKey) {
        ForumCharter charter = charters.get(forumKey);
        if (readAccess.readsEverything(charter)) {
            return meetings.byForum(charter.key());
        }
        if (readAccess.publishesAgendas(charter)) {
            return meetings.byForum(charter.key()).stream().filter(m -> m.agendaPublishedAt() != null).toList();
        }
        readAccess.requireEverything(charter);
        return List.of();
    }

    /** The decisions register of a forum, for its members. */
    @GetMapping("/forums/{forumKey}/decisions")
    public List<DecisionEntry> decisions(@PathVariable String forumKey) {
        ForumCharter charter = charters.get(forumKey);
        readAccess.requireEverything(charter);
        return meetings.decisions(charter.key());
    }

    @GetMapping("/meetings/{id}")
    public Map<String, Object> meeting(@PathVariable long id) {
        Meeting meeting = meetings.get(id);
        ForumCharter charter = charters.get(meeting.forumKey());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("meeting", meeting);
        view.put("agenda", meetings.agenda(id));
        if (!readAccess.readsEverything(charter)) {
            if (readAccess.publishesAgendas(charter) && meeting.agendaPublishedAt() != null) {
                return view; // the published agenda, and nothing of the members' own material
            }
            readAccess.requireEverything(charter);
        }
        view.put("proposals", proposals.forMeeting(id));
        view.put("attendance", meetings.presentMembers(id));
        view.put("minutes", minutes.versions(id));
        view.put("comments", minutes.comments(id));
        view.put("changes", meetings.changes(id));
        return view;
    }

    public record MeetingRequest(String forumKey, String meetingDate, String meetingTime, String meetingLocation,
            String extraordinaryReason) {
    }

    /** Calls a meeting: the same process and checks as the start form in Tasklist. */
    @PostMapping("/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public Meeting call(@RequestBody MeetingRequest request) {
        ForumCharter charter = charters.get(request.forumKey());
        requireSecretariat(charter);
        Map<String, Object> vars = new HashMap<>();
        vars.put(Var.FORUM_KEY, charter.key());
        vars.put(Var.MEETING_DATE, request.meetingDate());
        vars.put(Var.MEETING_TIME, request.meetingTime());
        vars.put(Var.MEETING_LOCATION, request.meetingLocation());
        vars.put(Var.EXTRAORDINARY_REASON, request.extraordinaryReason());
        ProcessInstance pi = runtimeService.startProcessInstanceByKey(MeetingCycle.PROCESS_KEY, vars);
        return meetings.get((Long) runtimeService.getVariable(pi.getId(), Var.MEETING_ID));
    }

    public record ProposalRequest(String title, String description, String theme, String proposerForvaltning) {
    }

    @PostMapping("/meetings/{id}/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public Map<String, Object> propose(@PathVariable long id, @RequestBody ProposalRequest request) {
        long proposalId = proposalService.submit(id, new ProposalInput(request.title(), request.description(),
                request.theme(), request.proposerForvaltning()), currentUser.id());
        return Map.of("proposal", proposals.get(proposalId));
    }

    public record CommentRequest(String text) {
    }

    @PostMapping("/meetings/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public Map<String, Object> comment(@PathVariable long id, @RequestBody CommentRequest request) {
        commentService.submit(id, currentUser.id(), request.text());
        return Map.of("comments", minutes.comments(id).size());
    }

    public record ChangeRequest(String newMeetingDate, String newMeetingTime, String newMeetingLocation, String reason) {
    }

    @PostMapping("/meetings/{id}/move")
    @Transactional
    public Meeting move(@PathVariable long id, @RequestBody ChangeRequest request) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Var.CHANGE_ACTION, "move");
        vars.put(Var.NEW_MEETING_DATE, request.newMeetingDate());
        vars.put(Var.NEW_MEETING_TIME, request.newMeetingTime());
        vars.put(Var.NEW_MEETING_LOCATION, request.newMeetingLocation());
        vars.put(Var.CHANGE_REASON, request.reason());
        taskService.complete(changeTask(id).getId(), vars);
        return meetings.get(id);
    }

    @PostMapping("/meetings/{id}/cancel")
    @Transactional
    public Meeting cancel(@PathVariable long id, @RequestBody ChangeRequest request) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Var.CHANGE_ACTION, "cancel");
        vars.put(Var.CHANGE_REASON, request.reason());
        taskService.complete(changeTask(id).getId(), vars);
        return meetings.get(id);
    }

    /** Moving and cancelling go through the same secretariat task as in Tasklist. */
    private Task changeTask(long meetingId) {
        Meeting meeting = meetings.get(meetingId);
        requireSecretariat(charters.get(meeting.forumKey()));
        Task task = taskService.createTaskQuery().processInstanceId(meeting.processInstanceId())
                .taskDefinitionKey(Element.CHANGE_MEETING).singleResult();
        if (task == null && meeting.status().beforeMeeting()) {
            throw new BadUserRequestException("Den seneste ændring af mødet er ved at blive sendt til medlemmerne. Prøv igen om lidt.");
        }
        if (task == null) {
            throw new BadUserRequestException("Mødet kan ikke længere flyttes eller aflyses (status " + meeting.status() + ").");
        }
        return task;
    }

    private void requireSecretariat(ForumCharter charter) {
        String user = currentUser.id();
        if (!directory.isMemberOfAny(user, List.of(charter.secretariatGroup()))) {
            throw new NotAMemberException(user + " er ikke i sekretariatet for " + charter.name() + ".");
        }
    }
}
