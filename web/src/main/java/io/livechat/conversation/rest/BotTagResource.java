package io.livechat.conversation.rest;

import io.livechat.conversation.boundary.ConversationTags;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The tags in use on a bot's conversations, for suggestions while an agent types one. */
@Path("bots/{botId}/tags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BotTagResource {

    @Inject
    private ConversationTags tags;

    @GET
    public List<String> suggestions(@PathParam("botId") long botId, @QueryParam("prefix") String prefix) {
        return tags.suggestions(botId, prefix);
    }
}
