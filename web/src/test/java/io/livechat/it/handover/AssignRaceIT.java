package io.livechat.it.handover;

import static io.livechat.it.support.HandoverPaths.assignment;
import static io.livechat.it.support.HandoverPaths.audit;
import static io.livechat.it.support.HandoverPaths.id;
import static io.livechat.it.support.HandoverPaths.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechat.it.support.Api;
import io.livechat.it.support.ApiResponse;
import io.livechat.it.support.ClientIT;
import io.livechat.it.support.Race;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Agents who click "Assign to me" at the same moment: exactly one wins, every other one is told who. */
class AssignRaceIT extends ClientIT {

    private static final int AGENTS = 24;

    @Test
    void exactlyOneOfManySimultaneousAssignsWins() throws Exception {
        long bot = fixture.bot("Race");
        List<Api> agents = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            agents.add(fixture.onlineAgent("racer", bot));
        }
        JsonObject handover = fixture.handover(bot, fixture.botToken(bot));

        List<ApiResponse> answers = raceToAssign(agents, assignment(handover));

        List<ApiResponse> won = answers.stream().filter(answer -> answer.status() == 200).toList();
        List<ApiResponse> lost = answers.stream().filter(answer -> answer.status() == 409).toList();
        assertEquals(1, won.size(), () -> "winners: " + won);
        assertEquals(AGENTS - 1, lost.size(), () -> "all answers: " + answers);
        String winner = won.get(0).object().getString("assignee");
        for (ApiResponse loss : lost) {
            assertEquals("already-assigned", loss.problemType(), loss::toString);
            assertEquals(winner, loss.object().getString("assignee"), loss::toString);
        }

        JsonObject stored = fixture.admin().get("api/v1/handovers/" + id(handover)).object();
        assertEquals("ASSIGNED", stored.getString("state"));
        assertEquals(winner, stored.getString("assignee"));
        long assigns = fixture.admin().get(audit(handover)).array().stream()
                .filter(entry -> entry.asJsonObject().getString("action").equals("ASSIGNED")).count();
        assertEquals(1, assigns, "one ASSIGNED audit event");
        long notices = fixture.admin().get(messages(handover)).array().stream()
                .filter(m -> m.asJsonObject().getString("text").equals("You are being transferred to Agent")).count();
        assertEquals(1, notices, "the user is told once");
    }

    /** Every agent sends the request as soon as all of them are ready to. */
    private static List<ApiResponse> raceToAssign(List<Api> agents, String path) throws Exception {
        return Race.together(agents.stream().<Supplier<ApiResponse>>map(agent -> () -> agent.post(path, null)).toList());
    }
}
