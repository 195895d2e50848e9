package io.livechat.handover.view;

import io.livechat.canned.boundary.CannedResponses;
import io.livechat.canned.boundary.CannedView;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * The canned responses the Live Chat composer offers after "/" (canned.js reads them from the page),
 * read again when a push says the bot's canned responses changed.
 */
@Named
@ViewScoped
public class CannedMenuBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LiveChatBacking liveChat;

    @Inject
    private CannedResponses canned;

    private transient List<CannedView> responses;

    public void refresh() {
        responses = null;
    }

    public List<CannedView> getResponses() {
        if (responses == null) {
            responses = canned.ofBot(liveChat.getBot());
        }
        return responses;
    }
}
